// https://github.com/coredns/coredns/pull/3013
// Fixed: Add and Evict take the write lock immediately, so the capacity/key-presence check and
// the eviction/insert happen in one critical section.
package cache

import "sync"

type lockedShard struct {
	items map[uint64]interface{}
	size  int

	sync.RWMutex
}

func newLockedShard(size int) *lockedShard {
	return &lockedShard{items: make(map[uint64]interface{}), size: size}
}

func (s *lockedShard) Put(key uint64, el interface{}) bool {
	eviction := false
	s.Lock()
	if len(s.items) >= s.size {
		if _, ok := s.items[key]; !ok {
			for k := range s.items {
				delete(s.items, k)
				eviction = true
				break
			}
		}
	}
	s.items[key] = el
	s.Unlock()
	return eviction
}

func (s *lockedShard) Drop() {
	s.Lock()
	for k := range s.items {
		delete(s.items, k)
		break
	}
	s.Unlock()
}

func (s *lockedShard) Lookup(key uint64) (interface{}, bool) {
	s.RLock()
	el, found := s.items[key]
	s.RUnlock()
	return el, found
}

func (s *lockedShard) Size() int {
	s.RLock()
	l := len(s.items)
	s.RUnlock()
	return l
}

func serveFixed(s *lockedShard, keys []uint64) {
	var wg sync.WaitGroup
	for _, k := range keys {
		wg.Add(1)
		go func(k uint64) {
			defer wg.Done()
			if _, ok := s.Lookup(k); !ok {
				s.Put(k, struct{}{})
			}
		}(k)
	}
	wg.Wait()
}
