// https://github.com/projectdiscovery/utils/issues/704 (fix: https://github.com/projectdiscovery/utils/pull/705)
// Fixed version: the interval check and the lastCleanup update happen under the map's
// mutex, so only one caller per interval starts a cleanup.
package mapsutil

import (
	"sync"
	"time"
)

type EvictingMap[K comparable, V any] struct {
	mu                 sync.RWMutex
	m                  map[K]V
	evictionMap        map[K]*evictionEntry[K, V]
	inactivityDuration time.Duration
	cleanupInterval    time.Duration
	lastCleanup        time.Time
}

func (s *EvictingMap[K, V]) maybeScheduleCleanup() {
	if s.inactivityDuration <= 0 {
		return
	}
	now := time.Now()

	s.mu.Lock()
	due := now.Sub(s.lastCleanup) >= s.cleanupInterval
	if due {
		s.lastCleanup = now
	}
	s.mu.Unlock()

	if due {
		go s.evictStale()
	}
}

func (s *EvictingMap[K, V]) evictStale() {
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

func (s *EvictingMap[K, V]) Lookup(k K) (V, bool) {
	s.mu.RLock()
	v, ok := s.m[k]
	s.mu.RUnlock()
	s.maybeScheduleCleanup()
	return v, ok
}
