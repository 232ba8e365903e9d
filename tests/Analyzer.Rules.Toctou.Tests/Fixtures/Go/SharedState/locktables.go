package sharedstate

import (
	"os"
	"path/filepath"
	"sync"
)

// A lock made on first use, per key: two callers that both find the key missing each store a mutex of their own, and
// each then locks one the other does not. Making the value twice is no harmless memoisation here.
type Collections struct {
	mutexes map[string]*sync.Mutex
	dir     string
}

func (c *Collections) Write(collection, name string, data []byte) error {
	m := c.lockFor(collection)
	m.Lock()
	defer m.Unlock()
	return os.WriteFile(filepath.Join(c.dir, collection, name), data, 0o644)
}

func (c *Collections) lockFor(collection string) *sync.Mutex {
	m, ok := c.mutexes[collection]
	if !ok {
		m = &sync.Mutex{}
		c.mutexes[collection] = m // Noncompliant [TOCTOU001] {{c.mutexes[collection] is checked at line 24 and changed at line 27 by c.mutexes[collection], with no lock held at either point; two callers that run it at once can both find it missing and each store a lock of its own, so each then locks one the other does not and neither keeps the other out}}
	}
	return m
}

// Secondary @-6 [concurrency] {{makes a lock for c.mutexes[collection] to hold: only threads that share it need one}}

// The same table guarded by a lock of its own: one mutex per key.
type GuardedCollections struct {
	mu      sync.Mutex
	mutexes map[string]*sync.Mutex
}

func (c *GuardedCollections) lockFor(collection string) *sync.Mutex {
	c.mu.Lock()
	defer c.mu.Unlock()
	m, ok := c.mutexes[collection]
	if !ok {
		m = new(sync.Mutex)
		c.mutexes[collection] = m
	}
	return m
}
