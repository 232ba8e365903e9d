package closedflags

import (
	"sync"
	"sync/atomic"
)

// Notify looks at an atomic closed flag, then posts without waiting; Close raises the flag and then closes the channel
// with no lock held. A Close that runs between the two makes the post fail: a send on a closed channel panics, even as a
// case of a select with a default.
type notifier struct {
	closed atomic.Bool
	events chan struct{}
}

func newNotifier() *notifier {
	n := &notifier{events: make(chan struct{}, 8)}
	go n.drain()
	return n
}

func (n *notifier) drain() {
	for range n.events {
	}
}

func (n *notifier) IsClosed() bool { return n.closed.Load() }

func (n *notifier) Notify() {
	if n.IsClosed() { // Secondary [check]
		return
	}
	select {
	case n.events <- struct{}{}: // Noncompliant [TOCTOU001] {{n.closed is checked at line 30 and decides n.events <- struct{}{} at line 34, while notifier.Close changes n.closed and then n.events at line 40 and 43, with no lock held at either point}}
	default:
	}
}

func (n *notifier) Close() {
	if n.closed.Swap(true) {
		return
	}
	close(n.events)
}

// Under one lock the flag, the post and the close are one step each way.
type guardedNotifier struct {
	mu     sync.Mutex
	closed atomic.Bool
	events chan struct{}
}

func newGuardedNotifier() *guardedNotifier {
	n := &guardedNotifier{events: make(chan struct{}, 8)}
	go n.drain()
	return n
}

func (n *guardedNotifier) drain() {
	for range n.events {
	}
}

func (n *guardedNotifier) Notify() {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed.Load() {
		return
	}
	select {
	case n.events <- struct{}{}:
	default:
	}
}

func (n *guardedNotifier) Close() {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed.Swap(true) {
		return
	}
	close(n.events)
}

// The same with a plain word changed only by sync/atomic's functions: Stop swaps the flag and then closes the channel.
type ticker struct {
	stopped int32
	resets  chan int
}

func newTicker() *ticker {
	t := &ticker{resets: make(chan int)}
	go t.loop()
	return t
}

func (t *ticker) loop() {
	for range t.resets {
	}
}

func (t *ticker) isStopped() bool { return atomic.LoadInt32(&t.stopped) > 0 }

func (t *ticker) Reset(n int) {
	if t.isStopped() { // Secondary [check]
		return
	}
	t.resets <- n // Noncompliant [TOCTOU001] {{t.stopped is checked at line 105 and decides t.resets <- n at line 108, while ticker.Stop changes t.stopped and then t.resets at line 112 and 115, with no lock held at either point}}
}

func (t *ticker) Stop() {
	if !atomic.CompareAndSwapInt32(&t.stopped, 0, 1) {
		return
	}
	close(t.resets)
}
