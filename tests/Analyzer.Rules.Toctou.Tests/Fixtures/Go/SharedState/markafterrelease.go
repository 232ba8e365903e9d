package sharedstate

import "sync"

// The close is made under the hold that tests the flag, but the flag is set only under a later hold: a second Stop
// takes the lock in between, finds the flag unset and closes the channel again.
type Tapedeck struct {
	mu      sync.Mutex
	stopped bool
	pending int
	quit    chan struct{}
}

func (s *Tapedeck) flush() {
	s.mu.Lock()
	s.pending = 0
	s.mu.Unlock()
}

func (s *Tapedeck) Stop() {
	s.mu.Lock()
	if s.stopped { // Secondary [check]
		s.mu.Unlock()
		return
	}
	close(s.quit) // Noncompliant [TOCTOU001] {{s.stopped is checked at line 22 and decides close(s.quit) at line 26, which the function marks done in it only at line 32, so two callers that run it at once can both pass the test and both act, and s.mu is released and re-taken at line 31 in between}}
	s.mu.Unlock()

	s.flush()

	s.mu.Lock()
	s.stopped = true // Secondary [act]
	s.mu.Unlock()
}

// The flag set under the hold that tests it, before the lock is let go: one caller closes the channel.
type Drainer struct {
	mu      sync.Mutex
	stopped bool
	pending int
	quit    chan struct{}
}

func (d *Drainer) flush() {
	d.mu.Lock()
	d.pending = 0
	d.mu.Unlock()
}

func (d *Drainer) Stop() {
	d.mu.Lock()
	if d.stopped {
		d.mu.Unlock()
		return
	}
	close(d.quit)
	d.stopped = true
	d.mu.Unlock()

	d.flush()
}
