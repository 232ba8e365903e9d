// https://github.com/victorspringer/http-cache/pull/15
// Fixed version: Put takes the write lock once and keeps it across the known-key check,
// the capacity check, the eviction (which now assumes the lock is held) and the store.
package memory

import (
	"encoding/json"
	"sync"
	"time"
)

// Entry is the cached payload with its access statistics.
type Entry struct {
	Value      []byte
	LastAccess time.Time
	Frequency  int
}

func decodeEntry(b []byte) Entry {
	var e Entry
	_ = json.Unmarshal(b, &e)
	return e
}

// Store is an in-memory LRU store for cached responses.
type Store struct {
	mu    sync.RWMutex
	limit int
	items map[uint64][]byte
}

// Put stores response under key, evicting one entry when the store is full.
func (s *Store) Put(key uint64, response []byte, expiration time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()

	if _, ok := s.items[key]; ok {
		s.items[key] = response
		return
	}
	if len(s.items) == s.limit {
		s.evictLocked()
	}
	s.items[key] = response
}

// Drop removes key from the store.
func (s *Store) Drop(key uint64) {
	s.mu.RLock()
	_, ok := s.items[key]
	s.mu.RUnlock()

	if ok {
		s.mu.Lock()
		delete(s.items, key)
		s.mu.Unlock()
	}
}

// evictLocked removes the least recently used entry; the caller holds s.mu.
func (s *Store) evictLocked() {
	selected := uint64(0)
	oldest := time.Now()
	for k, v := range s.items {
		if e := decodeEntry(v); e.LastAccess.Before(oldest) {
			selected, oldest = k, e.LastAccess
		}
	}
	delete(s.items, selected)
}
