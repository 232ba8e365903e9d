// https://github.com/istio/istio/pull/14203
// Citadel's GetIdentityRegistry lazily builds the package-level singleton:
// if reg is nil it allocates a new IdentityRegistry. CSR handlers and the
// registry controller call it from different goroutines, so two callers can
// both see nil and each install its own map, losing mappings. Fixed with sync.Once.
package registry

import (
	"fmt"
	"sync"
)

type Registry interface {
	Check(string, string) bool
	AddMapping(string, string) error
	DeleteMapping(string, string) error
}

type IdentityRegistry struct {
	sync.RWMutex
	Map map[string]string
}

func (r *IdentityRegistry) Check(id1, id2 string) bool {
	r.RLock()
	mapped, ok := r.Map[id1]
	r.RUnlock()
	return ok && mapped == id2
}

func (r *IdentityRegistry) AddMapping(id1, id2 string) error {
	r.Lock()
	defer r.Unlock()
	if old, ok := r.Map[id1]; ok && old != id2 {
		return fmt.Errorf("identity %q is already mapped to %q", id1, old)
	}
	r.Map[id1] = id2
	return nil
}

func (r *IdentityRegistry) DeleteMapping(id1, id2 string) error {
	r.Lock()
	defer r.Unlock()
	if old, ok := r.Map[id1]; !ok || old != id2 {
		return fmt.Errorf("could not delete nonexistent mapping: %q -> %q", id1, id2)
	}
	delete(r.Map, id1)
	return nil
}

// singleton object of identity registry
var reg Registry

func GetIdentityRegistry() Registry {
	if reg == nil {
		reg = &IdentityRegistry{ // Noncompliant
			Map: make(map[string]string),
		}
	}
	return reg
}

func serveCSRs(requests <-chan [2]string) {
	for req := range requests {
		go func(ids [2]string) {
			_ = GetIdentityRegistry().Check(ids[0], ids[1])
		}(req)
	}
}

func watchServiceAccounts(added <-chan [2]string) {
	go func() {
		for ids := range added {
			_ = GetIdentityRegistry().AddMapping(ids[0], ids[1])
		}
	}()
}
