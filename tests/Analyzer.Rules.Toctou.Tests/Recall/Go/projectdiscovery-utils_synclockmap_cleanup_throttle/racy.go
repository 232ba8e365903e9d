// https://github.com/projectdiscovery/utils/issues/704 (fix: https://github.com/projectdiscovery/utils/pull/705)
// SyncLockMap with eviction calls triggerCleanupIfNeeded after every Get and Set, once
// the map lock has been released. It compared time.Since(lastCleanup) with the cleanup
// interval and then stored lastCleanup = now and started an eviction goroutine, with no
// lock around the read and the write. Goroutines calling Get at the same time all passed
// the interval check and each started a cleanup (and raced on lastCleanup). The fix does
// the interval check and the lastCleanup update under s.mu.
package mapsutil

import (
	"sync"
	"time"
)

type evictionEntry[K comparable, V any] struct {
	value      V
	lastAccess time.Time
}

type SyncLockMap[K comparable, V any] struct {
	mu                 sync.RWMutex
	m                  map[K]V
	evictionMap        map[K]*evictionEntry[K, V]
	inactivityDuration time.Duration
	cleanupInterval    time.Duration
	lastCleanup        time.Time
}

func (s *SyncLockMap[K, V]) triggerCleanupIfNeeded() {
	if s.inactivityDuration <= 0 {
		return
	}
	now := time.Now()
	if now.Sub(s.lastCleanup) < s.cleanupInterval {
		return
	}
	s.lastCleanup = now // Noncompliant
	go s.evictInactiveEntries()
}

func (s *SyncLockMap[K, V]) evictInactiveEntries() {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := time.Now()
	for k, e := range s.evictionMap {
		if now.Sub(e.lastAccess) >= s.inactivityDuration {
			delete(s.m, k)
			delete(s.evictionMap, k)
		}
	}
}

func (s *SyncLockMap[K, V]) Set(k K, v V) {
	s.mu.Lock()
	s.m[k] = v
	s.evictionMap[k] = &evictionEntry[K, V]{value: v, lastAccess: time.Now()}
	s.mu.Unlock()
	s.triggerCleanupIfNeeded()
}

func (s *SyncLockMap[K, V]) Get(k K) (V, bool) {
	s.mu.RLock()
	v, ok := s.m[k]
	s.mu.RUnlock()
	s.triggerCleanupIfNeeded()
	return v, ok
}
