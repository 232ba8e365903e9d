package sharedstate

import "sync"

// responseStore drops an entry after testing that it is there, under a read lock it lets go before the delete: a delete
// of an entry already gone does nothing, so whatever happened in between, the map ends as a plain delete would leave
// it. expireEntry decides its delete on the entry's expiry, which a concurrent refresh can change first, and dropCounted
// takes the count down with the delete, which two callers can both do.
type responseStore struct {
	mu    sync.RWMutex
	items map[uint64][]byte
	count int
	seen  sync.Map
}

func (s *responseStore) drop(key uint64) {
	s.mu.RLock()
	_, ok := s.items[key]
	s.mu.RUnlock()
	if ok {
		s.mu.Lock()
		delete(s.items, key)
		s.mu.Unlock()
	}
}

func (s *responseStore) forget(name string) {
	if _, ok := s.seen.Load(name); ok {
		s.seen.Delete(name)
	}
}

func (s *responseStore) expireEntry(key uint64) {
	s.mu.RLock()
	entry, ok := s.items[key] // Secondary [check]
	s.mu.RUnlock()
	if ok && len(entry) == 0 {
		s.mu.Lock()
		delete(s.items, key) // Noncompliant [TOCTOU001] {{s.items[key] is checked at line 35 and changed at line 39 by delete(s.items, key), checked under the read lock s.mu and changed under the write lock taken at line 38 without re-checking}}
		s.mu.Unlock()
	}
}

func (s *responseStore) dropCounted(key uint64) {
	s.mu.RLock()
	_, ok := s.items[key] // Secondary [check]
	s.mu.RUnlock()
	if ok {
		s.mu.Lock()
		delete(s.items, key) // Noncompliant [TOCTOU001] {{s.items[key] is checked at line 46 and changed at line 50 by delete(s.items, key), checked under the read lock s.mu and changed under the write lock taken at line 49 without re-checking}}
		s.count--
		s.mu.Unlock()
	}
}
