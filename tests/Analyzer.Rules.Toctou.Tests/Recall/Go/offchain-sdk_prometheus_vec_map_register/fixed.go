// https://github.com/berachain/offchain-sdk/pull/113
// Fixed version: the map is guarded by an RWMutex and registration uses Register, so a goroutine
// that loses the race adopts the collector the winner registered instead of panicking.
package prometheus

import (
	"errors"
	"sync"
)

type rwVecMap struct {
	mu sync.RWMutex
	m  map[string]*CounterVec
}

func (s *rwVecMap) Get(k string) (*CounterVec, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.m[k]
	return v, ok
}

func (s *rwVecMap) Set(k string, v *CounterVec) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k] = v
}

type safeMetrics struct {
	counters *rwVecMap
}

func (p *safeMetrics) AddCount(name string, value int64) {
	if vec, ok := p.counters.Get(name); ok {
		vec.Add(float64(value))
		return
	}
	vec := &CounterVec{name: name}
	if err := DefaultRegistry.Register(vec); err != nil {
		var already AlreadyRegisteredError
		if !errors.As(err, &already) {
			panic(err)
		}
		vec = already.Existing
	} else {
		p.counters.Set(name, vec)
	}
	vec.Add(float64(value))
}
