package sharedstate

import "sync"

type Slots struct {
	mu   sync.RWMutex
	used int
}

func (s *Slots) Used() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.used
}

func (s *Slots) Take() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.used++
}

type Dispatcher struct {
	slots *Slots
	max   int
}

// A local given the object a field holds reaches that object: the count read through it and the take are two calls
// on the same slots, each under its own hold of their lock.
func (d *Dispatcher) Dispatch() bool {
	slots := d.slots
	if slots.Used() >= d.max {
		return false
	}
	slots.Take() // Noncompliant [TOCTOU001] {{d.slots.used is checked at line 31 and changed at line 34 by slots.Take(), checked under the read lock d.slots.mu and changed under the write lock taken at line 34, inside Take() without re-checking}}
	return true
}
