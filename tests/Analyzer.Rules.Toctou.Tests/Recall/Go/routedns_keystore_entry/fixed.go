// https://github.com/folbricht/routedns/pull/578
// Fixed version: double-checked locking; a miss under the read lock is checked again under the write lock.
package dnssec

import "sync"

type sharedKeystore struct {
	mu    sync.RWMutex
	store map[string]*keystoreEntry
}

func (s *sharedKeystore) getItem(name string) *keystoreEntry {
	s.mu.RLock()
	item, ok := s.store[name]
	s.mu.RUnlock()
	if ok {
		return item
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if item, ok := s.store[name]; ok {
		return item
	}
	item = new(keystoreEntry)
	s.store[name] = item
	return item
}
