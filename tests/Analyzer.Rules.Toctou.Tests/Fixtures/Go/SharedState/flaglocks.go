package shared

import "sync"

// Segment's helpers take its lock themselves unless told the caller holds it.
type Segment struct {
	mu    sync.Mutex
	index map[string]int
	cache map[int]int
}

// readIndex loads the index, under s.mu: hasLock says whether the caller holds it already.
func (s *Segment) readIndex(hasLock bool) {
	idx := map[string]int{}
	if !hasLock {
		s.mu.Lock()
	}
	s.index = idx
	if !hasLock {
		s.mu.Unlock()
	}
}

// The caller's lock stays held through readIndex(true): the branches that take and let go of s.mu run together or not
// at all.
func (s *Segment) Lookup(k int) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.readIndex(true)
	if _, ok := s.cache[k]; !ok {
		s.cache[k] = k
	}
	return s.cache[k]
}

// A helper that lets go of the caller's lock when told to still does.
func (s *Segment) publish(unlock bool) {
	if unlock {
		s.mu.Unlock()
	}
}

func (s *Segment) Store(k int) {
	s.mu.Lock()
	if _, ok := s.cache[k]; !ok {
		s.publish(true)
		s.cache[k] = k // Noncompliant [TOCTOU001] {{s.cache[k] is checked at line 45 and changed at line 47 by s.cache[k], but s.mu is released before the act}}
	}
}
