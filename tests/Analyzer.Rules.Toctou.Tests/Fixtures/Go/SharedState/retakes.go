package sharedstate

import "sync"

// RetakeStore's notifyLocked lets go of the lock its caller holds, runs the callback and takes the lock again: after
// the call the caller holds it anew, and a check and an act both after the call are covered; one on each side of it
// is not.
type RetakeStore struct {
	mu       sync.Mutex
	items    map[string]int
	onChange func()
}

func (s *RetakeStore) notifyLocked() {
	s.mu.Unlock()
	if s.onChange != nil {
		s.onChange()
	}
	s.mu.Lock()
}

func (s *RetakeStore) Put(k string, v int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.notifyLocked()
	if _, ok := s.items[k]; !ok {
		s.items[k] = v
	}
}

func (s *RetakeStore) PutNotifying(k string, v int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.items[k]; !ok { // Secondary [check]
		s.notifyLocked()
		s.items[k] = v // Noncompliant [TOCTOU001] {{s.items[k] is checked at line 34 and changed at line 36 by s.items[k], and s.mu is released and re-taken at line 35, inside notifyLocked() in between}}
	}
}
