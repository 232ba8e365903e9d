// https://github.com/marmos91/dittofs/issues/1005 (fixed by https://github.com/marmos91/dittofs/pull/1018)
// Fixed version: the publishing critical section also checks that this call's store is still
// the registered one, so a removal that landed while the manager was being recovered wins.
package metadata

import (
	"errors"
	"sync"
)

type ShareStore interface {
	ListPersistedLocks() []string
}

type ShareLockManager struct {
	share string
	held  []string
}

func rebuildShareLockManager(share string, store ShareStore) *ShareLockManager {
	lm := &ShareLockManager{share: share}
	lm.held = append(lm.held, store.ListPersistedLocks()...)
	return lm
}

type ShareMetaService struct {
	mu           sync.RWMutex
	stores       map[string]ShareStore
	lockManagers map[string]*ShareLockManager
}

func (s *ShareMetaService) RegisterShare(share string, store ShareStore) error {
	if store == nil {
		return errors.New("nil store")
	}
	s.mu.Lock()
	s.stores[share] = store
	_, exists := s.lockManagers[share]
	s.mu.Unlock()
	if exists {
		return nil
	}

	lm := rebuildShareLockManager(share, store)

	s.mu.Lock()
	defer s.mu.Unlock()
	cur, stillOurs := s.stores[share]
	if _, exists := s.lockManagers[share]; exists || !stillOurs || cur != store {
		return nil
	}
	s.lockManagers[share] = lm
	return nil
}

func (s *ShareMetaService) RemoveShare(share string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.stores, share)
	delete(s.lockManagers, share)
}

func (s *ShareMetaService) LockManagerFor(share string) *ShareLockManager {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.lockManagers[share]
}

func RegisterAndRemoveConcurrently(s *ShareMetaService, share string, store ShareStore) {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); _ = s.RegisterShare(share, store) }()
	go func() { defer wg.Done(); s.RemoveShare(share) }()
	wg.Wait()
}
