// https://github.com/marmos91/dittofs/issues/1005 (fixed by https://github.com/marmos91/dittofs/pull/1018)
// RegisterStoreForShare stored the share's store and saw that no lock manager existed yet, released
// the service lock, built and recovered a lock manager outside it (backend IO), and then took the
// lock again to publish it. The second critical section only re-checked whether another register
// had already published a manager; it did not check that the share was still registered. A
// RemoveShare running in the gap deleted the share, and the late publish brought its lock manager
// back for a removed share (stale routing, leaked manager). The fix re-checks, under the publishing
// lock, that this call's store is still the one registered before publishing.
package metadata

import (
	"errors"
	"sync"
)

type MetaStore interface {
	ListPersistedLocks() []string
}

type LockManager struct {
	share string
	held  []string
}

func recoverLockManager(share string, store MetaStore) *LockManager {
	lm := &LockManager{share: share}
	lm.held = append(lm.held, store.ListPersistedLocks()...) // slow backend IO
	return lm
}

type MetadataService struct {
	mu           sync.RWMutex
	stores       map[string]MetaStore
	lockManagers map[string]*LockManager
}

func (s *MetadataService) RegisterStoreForShare(share string, store MetaStore) error {
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

	lm := recoverLockManager(share, store)

	s.mu.Lock()
	defer s.mu.Unlock()
	if _, exists := s.lockManagers[share]; exists {
		return nil
	}
	s.lockManagers[share] = lm // Noncompliant
	return nil
}

func (s *MetadataService) RemoveStoreForShare(share string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.stores, share)
	delete(s.lockManagers, share)
}

func (s *MetadataService) GetLockManagerForShare(share string) *LockManager {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.lockManagers[share]
}

// AddThenRemoveConcurrently mirrors the control plane adding a share while a RemoveShare for the
// same name runs on another goroutine.
func AddThenRemoveConcurrently(s *MetadataService, share string, store MetaStore) {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); _ = s.RegisterStoreForShare(share, store) }()
	go func() { defer wg.Done(); s.RemoveStoreForShare(share) }()
	wg.Wait()
}
