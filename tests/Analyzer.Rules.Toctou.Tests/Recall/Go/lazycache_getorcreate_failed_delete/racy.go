// https://github.com/bep/lazycache/pull/17
// Cache.GetOrCreate (used by Hugo) found no entry under c.mu, stored a placeholder w, unlocked and
// ran create. When create failed it called Delete(key), which removed whatever was at the key by
// then, even if another goroutine had meanwhile replaced the placeholder via Set or GetOrCreate.
// The fix deletes the key only if the cached entry is still the same placeholder instance.
package lazycache

import "sync"

type valueWrapper struct {
	value interface{}
	found bool
	err   error
	ready chan struct{}
}

type Cache struct {
	mu      sync.RWMutex
	entries map[string]*valueWrapper
}

func (c *Cache) Delete(key string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.entries[key]
	delete(c.entries, key)
	return ok
}

func (c *Cache) Set(key string, value interface{}) {
	c.mu.Lock()
	c.entries[key] = &valueWrapper{value: value, found: true}
	c.mu.Unlock()
}

// GetOrCreate is called from many goroutines (Hugo builds pages in parallel).
func (c *Cache) GetOrCreate(key string, create func(string) (interface{}, error)) (interface{}, bool, error) {
	c.mu.Lock()
	if w, ok := c.entries[key]; ok {
		c.mu.Unlock()
		if w.ready != nil {
			<-w.ready
		}
		return w.value, true, w.err
	}
	w := &valueWrapper{ready: make(chan struct{})}
	c.entries[key] = w
	c.mu.Unlock()

	v, err := create(key)
	w.value, w.err, w.found = v, err, err == nil
	close(w.ready)
	if err != nil {
		c.Delete(key) // Noncompliant
		return nil, false, err
	}
	return v, false, nil
}
