// https://github.com/micro/go-micro/issues/2743
// The registry cache's get() holds only the read lock while isValid() checks
// each node's TTL and, if it has expired, deletes the entry from c.nttls.
// Many goroutines hold the read lock together, so two of them delete from the
// same map at once ("concurrent map writes"). Fix (PR #2794): isValid only
// reads; expired node TTLs are cleaned in updateNodeTTLs under the write lock.
package regcache

import (
	"sync"
	"time"
)

type node struct{ ID string }

type service struct {
	Name  string
	Nodes []*node
}

type cache struct {
	sync.RWMutex
	cache map[string][]*service
	ttls  map[string]time.Time
	nttls map[string]map[string]time.Time
	ttl   time.Duration
}

func (c *cache) isValid(services []*service, ttl time.Time) bool {
	if len(services) == 0 || ttl.IsZero() || time.Since(ttl) > 0 {
		return false
	}
	for _, s := range services {
		for _, n := range s.Nodes {
			nttl := c.nttls[s.Name][n.ID]
			if time.Since(nttl) > 0 {
				delete(c.nttls[s.Name], n.ID) // Noncompliant
				return false
			}
		}
	}
	return true
}

// get is called by every RPC client goroutine that resolves a service.
func (c *cache) get(name string) ([]*service, bool) {
	c.RLock()
	services := c.cache[name]
	ttl := c.ttls[name]
	if c.isValid(services, ttl) {
		c.RUnlock()
		return services, true
	}
	c.RUnlock()
	return nil, false
}

func (c *cache) updateNodeTTLs(name string, nodes []*node) {
	if c.nttls[name] == nil {
		c.nttls[name] = make(map[string]time.Time)
	}
	for _, n := range nodes {
		c.nttls[name][n.ID] = time.Now().Add(c.ttl)
	}
}

func (c *cache) set(name string, services []*service) {
	c.Lock()
	defer c.Unlock()
	for _, s := range services {
		c.updateNodeTTLs(name, s.Nodes)
	}
	c.cache[name] = services
	c.ttls[name] = time.Now().Add(c.ttl)
}
