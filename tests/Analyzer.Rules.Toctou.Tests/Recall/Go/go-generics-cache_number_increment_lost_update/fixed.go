// https://github.com/Code-Hex/go-generics-cache/pull/2
// Fixed version: a separate NumberCache mutex is held across the read and the write, so
// concurrent increments of one key are serialized and none is lost.
package cache

import (
	"errors"
	"sync"
	"time"
)

var errEntryMissing = errors.New("not found item")

type entry struct {
	value     int64
	createdAt time.Time
}

type Store struct {
	mu      sync.RWMutex
	entries map[string]entry
}

func (s *Store) GetEntry(k string) (entry, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	got, found := s.entries[k]
	if !found {
		return entry{}, errEntryMissing
	}
	return got, nil
}

func (s *Store) SetEntry(k string, v entry) {
	s.mu.Lock()
	s.entries[k] = v
	s.mu.Unlock()
}

type CounterStore struct {
	*Store
	// nmu must be separate from Store.mu, which GetEntry/SetEntry take themselves.
	nmu sync.Mutex
}

func (cs *CounterStore) Add(k string, n int64) (int64, error) {
	cs.nmu.Lock()
	defer cs.nmu.Unlock()
	got, err := cs.Store.GetEntry(k)
	if err != nil {
		return 0, err
	}
	nv := got.value + n
	got.value = nv
	cs.Store.SetEntry(k, got)
	return nv, nil
}

func countHitsSafely(cs *CounterStore, key string, workers int) {
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = cs.Add(key, 1)
		}()
	}
	wg.Wait()
}
