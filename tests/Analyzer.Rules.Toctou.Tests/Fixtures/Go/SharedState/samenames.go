package sharedstate

import "sync"

// A call on a field is the field's method, not one of the type's own that happens to share its name: Catalog's Store
// re-checks under its lock, which says nothing about Add's second call on the map.
type Catalog struct {
	mu      sync.Mutex
	entries sync.Map
}

func (c *Catalog) Store(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.entries.Load(k); !ok {
		c.entries.Store(k, 1)
	}
}

func (c *Catalog) Add(k string) {
	if _, ok := c.entries.Load(k); !ok { // Secondary [check]
		c.entries.Store(k, 2) // Noncompliant [TOCTOU001] {{c.entries is checked at line 21 and changed at line 22 by c.entries.Store(k, 2), with no lock held at either point}}
	}
}
