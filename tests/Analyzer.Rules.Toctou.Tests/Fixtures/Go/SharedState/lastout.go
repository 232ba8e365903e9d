package sharedstate

import (
	"sync"
	"sync/atomic"
)

// The last worker out closes done: each one takes itself off the count and then reads the count again to see whether
// it was the last. Two workers that do so at once can both read 0 and both close the channel, which panics.
type Countdown struct {
	pending int
	done    chan struct{}
}

func (c *Countdown) finish() {
	c.pending-- // Secondary [act]
	if c.pending == 0 { // Secondary [check]
		close(c.done) // Noncompliant [TOCTOU001] {{c.pending is checked at line 17 and decides close(c.done) at line 18, which fails when it is made twice, after the function changed it at line 16, so two callers that run it at once can both change it, both pass the test and both act, with no lock held at either point, while finish is started in parallel at line 25, in a loop}}
	}
}

func runCountdown(n int) {
	c := &Countdown{pending: n, done: make(chan struct{})}
	for i := 0; i < n; i++ {
		go c.finish() // Secondary [concurrency]
	}
	<-c.done
}

// The change and the read under one hold of the lock: only the worker whose change reached 0 sees it.
type Latch struct {
	mu      sync.Mutex
	pending int
	done    chan struct{}
}

func (l *Latch) finish() {
	l.mu.Lock()
	l.pending--
	last := l.pending == 0
	l.mu.Unlock()
	if last {
		close(l.done)
	}
}

func runLatch(n int) {
	l := &Latch{pending: n, done: make(chan struct{})}
	for i := 0; i < n; i++ {
		go l.finish()
	}
	<-l.done
}

// An atomic change hands back the new count: the test reads nothing again.
type AtomicLatch struct {
	pending int32
	done    chan struct{}
}

func (a *AtomicLatch) finish() {
	if atomic.AddInt32(&a.pending, -1) == 0 {
		close(a.done)
	}
}

func runAtomicLatch(n int32) {
	a := &AtomicLatch{pending: n, done: make(chan struct{})}
	for i := int32(0); i < n; i++ {
		go a.finish()
	}
	<-a.done
}

// One run at a time: nothing shows two copies of the function at once.
type Handoff struct {
	left int
	out  chan struct{}
}

func (h *Handoff) step() {
	h.left--
	if h.left == 0 {
		close(h.out)
	}
}

func runHandoff(h *Handoff) {
	go func() {
		for h.left > 0 {
			h.step()
		}
	}()
}
