// https://github.com/coredns/coredns/pull/3013
// plugin/pkg/cache shard: Add() checked the shard size under the read lock (Len) and then
// evicted, and Evict() picked a victim key under the read lock and deleted it later under the
// write lock, without re-checking. Concurrent Adds/Evicts could evict the same key twice or
// evict although the key was already present. Fix: take the write lock once and check+act under it.
package cache

import "sync"

type shard struct {
	items map[uint64]interface{}
	size  int

	sync.RWMutex
}

func newShard(size int) *shard { return &shard{items: make(map[uint64]interface{}), size: size} }

// Add is called concurrently from every DNS request goroutine.
func (s *shard) Add(key uint64, el interface{}) bool {
	eviction := false
	if s.Len() >= s.size {
		s.Evict() // Noncompliant
		eviction = true
	}
	s.Lock()
	s.items[key] = el
	s.Unlock()
	return eviction
}

// Evict removes a random element from the shard.
func (s *shard) Evict() {
	hasKey := false
	var key uint64

	s.RLock()
	for k := range s.items {
		key = k
		hasKey = true
		break
	}
	s.RUnlock()

	if !hasKey {
		return
	}

	s.Lock()
	delete(s.items, key) // Noncompliant
	s.Unlock()
}

func (s *shard) Get(key uint64) (interface{}, bool) {
	s.RLock()
	el, found := s.items[key]
	s.RUnlock()
	return el, found
}

func (s *shard) Len() int {
	s.RLock()
	l := len(s.items)
	s.RUnlock()
	return l
}

func serveRacy(s *shard, keys []uint64) {
	var wg sync.WaitGroup
	for _, k := range keys {
		wg.Add(1)
		go func(k uint64) {
			defer wg.Done()
			if _, ok := s.Get(k); !ok {
				s.Add(k, struct{}{})
			}
		}(k)
	}
	wg.Wait()
}
