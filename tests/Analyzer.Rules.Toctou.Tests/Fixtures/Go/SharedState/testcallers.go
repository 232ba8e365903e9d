package sharedstate

import "sync"

// ttlCache's expire and remove run under c.mu, which every call in the program holds; its test calls expire directly,
// one call at a time, which says nothing about the locks the program runs it under.
type ttlCache struct {
	mu      sync.Mutex
	entries map[string]int
	order   []string
}

func (c *ttlCache) Put(k string, v int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries[k] = v
	c.order = append(c.order, k)
	c.expire()
}

func (c *ttlCache) Drop(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.remove(k)
}

func (c *ttlCache) expire() {
	for len(c.order) > 10 {
		k := c.order[0]
		c.order = c.order[1:]
		c.remove(k)
	}
}

func (c *ttlCache) remove(k string) {
	if _, ok := c.entries[k]; !ok {
		return
	}
	delete(c.entries, k)
}
