// https://github.com/guacsec/guac/pull/680
package inmem

import "sync"

type pkgNamespaceNode struct {
	id         uint32
	typeKey    string
	namespaces map[string]uint32
}

type memClient struct {
	m        sync.RWMutex
	packages map[string]*pkgNamespaceNode
	nextID   uint32
}

func (c *memClient) newID() uint32 {
	c.nextID++
	return c.nextID
}

func (c *memClient) LookupPackages(pkgType string) *pkgNamespaceNode {
	c.m.RLock()
	defer c.m.RUnlock()
	return c.packages[pkgType]
}

func (c *memClient) AddPackage(pkgType string) uint32 {
	c.m.RLock()
	ns, hasNamespace := c.packages[pkgType]
	c.m.RUnlock()
	if !hasNamespace {
		c.m.Lock()
		ns, hasNamespace = c.packages[pkgType]
		if !hasNamespace {
			ns = &pkgNamespaceNode{
				id:         c.newID(),
				typeKey:    pkgType,
				namespaces: map[string]uint32{},
			}
			c.packages[pkgType] = ns
		}
		c.m.Unlock()
	}
	return ns.id
}

func addAll(c *memClient, types []string) {
	var wg sync.WaitGroup
	for _, t := range types {
		wg.Add(1)
		go func(t string) {
			defer wg.Done()
			c.AddPackage(t)
		}(t)
	}
	wg.Wait()
}
