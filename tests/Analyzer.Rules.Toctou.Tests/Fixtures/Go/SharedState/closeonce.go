package sharedstate

import "sync"

// A type with a lock is built for threads. A flag that lets a channel be closed once, tested and set outside that lock,
// lets two callers both pass it and close the channel twice, which panics.
type Broadcaster struct {
	mu       sync.Mutex
	closed   bool
	stopped  bool
	shutDown bool
	quit     chan struct{}
	ready    chan struct{}
	subs     []chan int
}

func (b *Broadcaster) Subscribe(ch chan int) {
	b.mu.Lock()
	b.subs = append(b.subs, ch)
	b.mu.Unlock()
}

func (b *Broadcaster) Close() {
	if b.closed { // Secondary [check]
		return
	}
	b.closed = true // Noncompliant [TOCTOU001] {{b.closed is checked at line 24 and changed at line 27 by b.closed, with no lock held at either point, though Broadcaster has a lock, mu; two callers that run it at once can both pass the test and both reach close(b.quit) at line 28, which fails when it is made twice}}
	close(b.quit)
}

// The flag marked only after the close: the same race.
func (b *Broadcaster) Stop() {
	if !b.stopped { // Secondary [check]
		close(b.quit) // Noncompliant [TOCTOU001] {{b.stopped is checked at line 33 and decides close(b.quit) at line 34, which the function marks done in it only at line 36, so two callers that run it at once can both pass the test and both act, with no lock held at either point, though Broadcaster has a lock, mu}}
	}
	b.stopped = true // Secondary [act]
}

// The close made by a method of the type the flag lets run.
func (b *Broadcaster) Shutdown() {
	if b.shutDown { // Secondary [check]
		return
	}
	b.shutDown = true // Noncompliant [TOCTOU001] {{b.shutDown is checked at line 41 and changed at line 44 by b.shutDown, with no lock held at either point, though Broadcaster has a lock, mu; two callers that run it at once can both pass the test and both reach b.closeQuit() at line 45, which fails when it is made twice}}
	b.closeQuit()
}

func (b *Broadcaster) closeQuit() { close(b.quit) }

// Tested and set under one hold of the lock: one caller closes it.
type Announcer struct {
	mu     sync.Mutex
	closed bool
	quit   chan struct{}
}

func (a *Announcer) Close() {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return
	}
	a.closed = true
	close(a.quit)
}

// A close that the test only guards, with no flag to mark it done: a second run panics whoever races, so the code runs
// it once by design; left alone.
func (b *Broadcaster) signalReady() {
	if b.ready != nil {
		close(b.ready)
	}
}

// With no lock in the type, nothing shows that two callers share one Fuse.
type Fuse struct {
	blown bool
	out   chan struct{}
}

func (f *Fuse) Blow() {
	if f.blown {
		return
	}
	f.blown = true
	close(f.out)
}

// The flag tested beside another condition that must hold too: the same close made twice.
type Relay struct {
	mu      sync.Mutex
	enabled bool
	halted  bool
	done    chan struct{}
	sent    int
}

func (r *Relay) Send() {
	r.mu.Lock()
	r.sent++
	r.mu.Unlock()
}

func (r *Relay) Halt() {
	if r.enabled && !r.halted { // Secondary [check]
		close(r.done) // Noncompliant [TOCTOU001] {{r.halted is checked at line 105 and decides close(r.done) at line 106, which the function marks done in it only at line 108, so two callers that run it at once can both pass the test and both act, with no lock held at either point, though Relay has a lock, mu}}
	}
	r.halted = true // Secondary [act]
}
