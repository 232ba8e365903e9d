package sharedstate

import "sync"

// Spool locks itself in each method; a type that embeds it gets its methods and its lock.
type Spool struct {
	mu    sync.Mutex
	items []string
}

func (b *Spool) Size() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.items)
}

func (b *Spool) Append(item string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.items = append(b.items, item)
}

// The embedded spool's lock is the capped spool's own: the size test and the append are two holds of it.
type CappedSpool struct {
	*Spool
	limit int
}

func (c *CappedSpool) Offer(item string) bool {
	if c.Size() >= c.limit {
		return false
	}
	c.Append(item) // Noncompliant [TOCTOU001] {{c.items is checked at line 30 and changed at line 33 by c.Append(item), and c.mu is released and re-taken at line 33, inside Append() in between}}
	return true
}

// A type with no lock of its own or promoted to it is single-threaded by design.
type PlainSpool struct {
	items []string
	limit int
}

func (p *PlainSpool) Offer(item string) bool {
	if len(p.items) >= p.limit {
		return false
	}
	p.items = append(p.items, item)
	return true
}
