package sharedstate

import "sync"

type pendingLoad struct {
	done  chan struct{}
	value string
}

// LeaderCache looks for the value and for a load under way in one hold of its lock, and where it finds neither puts
// its own load in for the key before it lets go: every other caller meets that claim and waits, so the value it
// stores and the claim it takes out are its own.
type LeaderCache struct {
	mu      sync.Mutex
	values  map[string]string
	loading map[string]*pendingLoad
}

func (c *LeaderCache) settle(key string, p *pendingLoad) {
	c.mu.Lock()
	c.values[key] = p.value
	delete(c.loading, key)
	close(p.done)
	c.mu.Unlock()
}

func (c *LeaderCache) Get(key string, load func(string) string) string {
	c.mu.Lock()
	if v, ok := c.values[key]; ok {
		c.mu.Unlock()
		return v
	}
	if p, ok := c.loading[key]; ok {
		c.mu.Unlock()
		<-p.done
		return p.value
	}
	p := &pendingLoad{done: make(chan struct{})}
	c.loading[key] = p
	c.mu.Unlock()
	p.value = load(key)
	c.settle(key, p)
	return p.value
}

// The value looked for in one hold and the claim put in under another: a caller that comes between them finds
// neither the value nor the claim after the first caller settled, and loads again.
func (c *LeaderCache) GetSplit(key string, load func(string) string) string {
	c.mu.Lock()
	v, ok := c.values[key] // Secondary [check]
	c.mu.Unlock()
	if ok {
		return v
	}
	c.mu.Lock()
	if p, ok := c.loading[key]; ok {
		c.mu.Unlock()
		<-p.done
		return p.value
	}
	p := &pendingLoad{done: make(chan struct{})}
	c.loading[key] = p
	c.mu.Unlock()
	p.value = load(key)
	c.settle(key, p) // Noncompliant [TOCTOU001] {{c.values[key] is checked at line 50 and changed at line 65 by c.settle(key, p), and c.mu is released and re-taken at line 65, inside settle() in between}}
	return p.value
}
