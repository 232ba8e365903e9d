// https://github.com/apache/iceberg-go/pull/699
// Fixed version: re-check under write lock.
package icebergscan

import (
	"fmt"
	"sync"
)

type lazySpecMap[K comparable, V any] struct {
	factory func(K) V
	entries map[K]V

	mu sync.RWMutex
}

func (m *lazySpecMap[K, V]) Get(key K) V {
	m.mu.RLock()
	if v, ok := m.entries[key]; ok {
		m.mu.RUnlock()
		return v
	}

	m.mu.RUnlock()
	m.mu.Lock()
	defer m.mu.Unlock()

	if v, ok := m.entries[key]; ok {
		return v
	}

	v := m.factory(key)
	m.entries[key] = v
	return v
}

func newLazySpecMap[K comparable, V any](factory func(K) V) *lazySpecMap[K, V] {
	return &lazySpecMap[K, V]{
		entries: make(map[K]V),
		factory: factory,
	}
}

type manifestEntry struct {
	Path   string
	SpecID int
}

type tableScan struct {
	filters *lazySpecMap[int, string]
}

func newTableScan(rowFilter string) *tableScan {
	return &tableScan{
		filters: newLazySpecMap(func(specID int) string {
			return fmt.Sprintf("project(%s, spec=%d)", rowFilter, specID)
		}),
	}
}

func (s *tableScan) planFiles(manifests []manifestEntry) []string {
	out := make([]string, len(manifests))
	var wg sync.WaitGroup
	for i, m := range manifests {
		wg.Add(1)
		go func(i int, m manifestEntry) {
			defer wg.Done()
			out[i] = m.Path + " <- " + s.filters.Get(m.SpecID)
		}(i, m)
	}
	wg.Wait()
	return out
}
