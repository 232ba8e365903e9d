package sharedstate

import "sync"

// callbackCache runs each lookup-and-fill in a literal handed to its guard, which calls it holding the guard's lock:
// the lock covers the test and the store. looseGuard calls the literal after it lets the lock go, so two callers can
// both find the entry missing.
type callbackGuard struct{ mu sync.Mutex }

func (g *callbackGuard) run(key string, fn func() int) int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return fn()
}

type looseGuard struct{ mu sync.Mutex }

func (g *looseGuard) run(key string, fn func() int) int {
	g.mu.Lock()
	g.mu.Unlock()
	return fn()
}

type callbackCache struct {
	guard   callbackGuard
	loose   looseGuard
	mu      sync.Mutex
	entries map[string]int
	counts  map[string]int
}

func (c *callbackCache) fill(key string) int {
	return c.guard.run(key, func() int {
		if v, ok := c.entries[key]; ok {
			return v
		}
		c.entries[key] = len(key)
		return c.entries[key]
	})
}

func (c *callbackCache) count(key string) int {
	return c.loose.run(key, func() int {
		if _, ok := c.counts[key]; !ok { // Secondary [check]
			c.counts[key] = 1 // Noncompliant [TOCTOU001] {{c.counts[key] is checked at line 44 and changed at line 45 by c.counts[key], with no lock held at either point}}
		}
		return c.counts[key]
	})
}

func (c *callbackCache) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries = map[string]int{}
	c.counts = map[string]int{}
}
