// https://github.com/orian/counters/issues/1 (race explained by the maintainer in review of https://github.com/orian/counters/pull/5)
// Fixed version: after switching to the write lock the map is checked again and an
// existing counter is returned instead of being replaced.
package counter

import "sync"

type Registry struct {
	byName map[string]*counterImpl
	mu     *sync.RWMutex
}

func (r *Registry) Lookup(name string) Counter {
	r.mu.RLock()
	v, ok := r.byName[name]
	r.mu.RUnlock()
	if !ok {
		r.mu.Lock()
		if v, ok = r.byName[name]; !ok {
			v = &counterImpl{name, 0}
			r.byName[name] = v
		}
		r.mu.Unlock()
	}
	return v
}
