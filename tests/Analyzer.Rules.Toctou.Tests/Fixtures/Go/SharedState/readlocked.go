package readlocked

import "sync"

// Next works under the read lock only to keep Close out, which takes the lock to write: no other code takes it to
// read, so the only reader that could come between Next's test and its change is another Next, which nothing shows.
type mergeCursor struct {
	gate   sync.RWMutex
	primed bool
	queue  []int
	head   int
}

func (c *mergeCursor) Next() (int, bool) {
	c.gate.RLock()
	defer c.gate.RUnlock()
	if !c.primed {
		c.queue = append([]int(nil), c.queue...)
		c.primed = true
	}
	if len(c.queue) == 0 {
		return 0, false
	}
	c.head = c.queue[0]
	c.queue = c.queue[1:]
	return c.head, true
}

func (c *mergeCursor) Close() {
	c.gate.Lock()
	defer c.gate.Unlock()
	c.queue = nil
}

// Lookup reads under the same read lock that Touch writes under: two readers at once can both pass Touch's test.
type statsBook struct {
	mu    sync.RWMutex
	stats map[string]int
}

func (b *statsBook) Lookup(id string) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	return b.stats[id]
}

func (b *statsBook) Touch(id string) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	if _, ok := b.stats[id]; !ok { // Secondary [check]
		b.stats[id] = 1 // Noncompliant [TOCTOU001] {{b.stats[id] is checked at line 50 and changed at line 51 by b.stats[id], under the read lock b.mu, which other readers hold at the same time, so two of them can pass the check and both change it}}
	}
}

func (b *statsBook) Drop(id string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	delete(b.stats, id)
}

// Advance is the only reader of its lock, but it is started twice at once.
type sharedCursor struct {
	mu   sync.RWMutex
	done bool
	left int
}

func (c *sharedCursor) Advance() {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if !c.done { // Secondary [check]
		c.left--
		c.done = c.left == 0 // Noncompliant [TOCTOU001] {{c.done is checked at line 71 and changed at line 73 by c.done, under the read lock c.mu, which other readers hold at the same time, so two of them can pass the check and both change it}}
	}
}

func (c *sharedCursor) Reset(n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.left, c.done = n, false
}

func drive(c *sharedCursor) {
	go c.Advance()
	go c.Advance()
}
