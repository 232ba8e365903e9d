// https://github.com/micro/go-micro/issues/2743
package regcache

import (
	"sync"
	"time"
)

type registryCache struct {
	sync.RWMutex
	cache map[string][]*service
	ttls  map[string]time.Time
	nttls map[string]map[string]time.Time
	ttl   time.Duration
}

func (c *registryCache) valid(services []*service, ttl time.Time) bool {
	if len(services) == 0 || ttl.IsZero() || time.Since(ttl) > 0 {
		return false
	}
	for _, s := range services {
		for _, n := range s.Nodes {
			if time.Since(c.nttls[s.Name][n.ID]) > 0 {
				return false
			}
		}
	}
	return true
}

func (c *registryCache) lookup(name string) ([]*service, bool) {
	c.RLock()
	defer c.RUnlock()
	services := c.cache[name]
	if c.valid(services, c.ttls[name]) {
		return services, true
	}
	return nil, false
}

// refreshNodeTTLs runs with the write lock held; expired entries are
// cleaned here instead of on the read path.
func (c *registryCache) refreshNodeTTLs(name string, nodes []*node) {
	if c.nttls[name] == nil {
		c.nttls[name] = make(map[string]time.Time)
	}
	for _, n := range nodes {
		c.nttls[name][n.ID] = time.Now().Add(c.ttl)
	}
	for id, t := range c.nttls[name] {
		if time.Since(t) > 0 {
			delete(c.nttls[name], id)
		}
	}
}

func (c *registryCache) store(name string, services []*service) {
	c.Lock()
	defer c.Unlock()
	for _, s := range services {
		c.refreshNodeTTLs(name, s.Nodes)
	}
	c.cache[name] = services
	c.ttls[name] = time.Now().Add(c.ttl)
}
