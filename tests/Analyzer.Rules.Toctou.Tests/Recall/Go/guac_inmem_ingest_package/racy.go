// https://github.com/guacsec/guac/pull/680
// IngestPackage looks up the package type under the read lock, releases it, and then takes the
// write lock to insert a new namespace node. Concurrent GraphQL ingest calls can both miss and
// both insert, so one node (and its ID) is overwritten. The fix re-checks the map after taking the
// write lock and only inserts when the type is still absent.
package inmem

import "sync"

type pkgNamespaceStruct struct {
	id         uint32
	typeKey    string
	namespaces map[string]uint32
}

type demoClient struct {
	m        sync.RWMutex
	packages map[string]*pkgNamespaceStruct
	nextID   uint32
}

func (c *demoClient) getNextID() uint32 {
	c.nextID++
	return c.nextID
}

func (c *demoClient) Packages(pkgType string) *pkgNamespaceStruct {
	c.m.RLock()
	defer c.m.RUnlock()
	return c.packages[pkgType]
}

func (c *demoClient) IngestPackage(pkgType string) uint32 {
	c.m.RLock()
	ns, hasNamespace := c.packages[pkgType]
	c.m.RUnlock()
	if !hasNamespace {
		c.m.Lock()
		ns = &pkgNamespaceStruct{
			id:         c.getNextID(),
			typeKey:    pkgType,
			namespaces: map[string]uint32{},
		}
		c.packages[pkgType] = ns // Noncompliant
		c.m.Unlock()
	}
	return ns.id
}

func ingestAll(c *demoClient, types []string) {
	var wg sync.WaitGroup
	for _, t := range types {
		wg.Add(1)
		go func(t string) {
			defer wg.Done()
			c.IngestPackage(t)
		}(t)
	}
	wg.Wait()
}
