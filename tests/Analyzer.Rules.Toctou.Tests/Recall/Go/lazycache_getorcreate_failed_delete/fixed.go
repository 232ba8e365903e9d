// https://github.com/bep/lazycache/pull/17
// Fixed version: on a failed create the entry is removed only when the cache still holds the
// placeholder this call installed; a value stored meanwhile by another goroutine is kept.
package lazycache

import "sync"

type SafeCache struct {
	mu      sync.RWMutex
	entries map[string]*valueWrapper
}

// deleteIfSame removes key only if it still maps to w.
func (c *SafeCache) deleteIfSame(key string, w *valueWrapper) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if cur, ok := c.entries[key]; ok && cur == w {
		delete(c.entries, key)
		return true
	}
	return false
}

func (c *SafeCache) Set(key string, value interface{}) {
	c.mu.Lock()
	c.entries[key] = &valueWrapper{value: value, found: true}
	c.mu.Unlock()
}

// GetOrCreate is called from many goroutines (Hugo builds pages in parallel).
func (c *SafeCache) GetOrCreate(key string, create func(string) (interface{}, error)) (interface{}, bool, error) {
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
		c.deleteIfSame(key, w)
		return nil, false, err
	}
	return v, false, nil
}
