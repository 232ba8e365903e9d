// https://github.com/apache/iceberg-go/pull/699
// keyDefaultMap.Get looked the key up under RLock, released it, took the write Lock and then ran the
// factory and stored the result without looking again. Scan planning calls Get from many goroutines,
// so two callers could both miss, both run the (side-effecting) factory and hand out different values.
// Fix: re-check the map after acquiring the write lock and return the existing value if present.
package icebergscan

import (
	"fmt"
	"sync"
)

type keyDefaultMap[K comparable, V any] struct {
	defaultFactory func(K) V
	data           map[K]V

	mx sync.RWMutex
}

func (k *keyDefaultMap[K, V]) Get(key K) V {
	k.mx.RLock()
	if v, ok := k.data[key]; ok {
		k.mx.RUnlock()
		return v
	}

	k.mx.RUnlock()
	k.mx.Lock()
	defer k.mx.Unlock()

	v := k.defaultFactory(key)
	k.data[key] = v // Noncompliant
	return v
}

func newKeyDefaultMap[K comparable, V any](factory func(K) V) *keyDefaultMap[K, V] {
	return &keyDefaultMap[K, V]{
		data:           make(map[K]V),
		defaultFactory: factory,
	}
}

type ManifestFile struct {
	Path   string
	SpecID int
}

type Scan struct {
	partitionFilters *keyDefaultMap[int, string]
}

func NewScan(rowFilter string) *Scan {
	return &Scan{
		partitionFilters: newKeyDefaultMap(func(specID int) string {
			return fmt.Sprintf("project(%s, spec=%d)", rowFilter, specID)
		}),
	}
}

// PlanFiles evaluates every manifest in its own goroutine; each one asks for the projected
// partition filter of its spec.
func (s *Scan) PlanFiles(manifests []ManifestFile) []string {
	out := make([]string, len(manifests))
	var wg sync.WaitGroup
	for i, m := range manifests {
		wg.Add(1)
		go func(i int, m ManifestFile) {
			defer wg.Done()
			out[i] = m.Path + " <- " + s.partitionFilters.Get(m.SpecID)
		}(i, m)
	}
	wg.Wait()
	return out
}
