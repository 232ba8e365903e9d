package sharedstate

import (
	"sync"
	"sync/atomic"
)

// Counter embeds its mutex.
type Counter struct {
	sync.Mutex
	counts map[string]int
}

func (c *Counter) Init(key string) {
	c.Lock()
	defer c.Unlock()
	if _, ok := c.counts[key]; !ok {
		c.counts[key] = 0
	}
}

// A deferred closure releases the lock at return, like a deferred Unlock: held across the check and the act.
func (c *Counter) InitReleasedByDeferredClosure(key string) {
	c.Lock()
	defer func() {
		c.Unlock()
	}()
	if _, ok := c.counts[key]; !ok {
		c.counts[key] = 0
	}
}

func (c *Counter) InitUnlocked(key string) {
	if _, ok := c.counts[key]; !ok { // Secondary [check]
		c.Lock()
		c.counts[key] = 0 // Noncompliant [TOCTOU001] {{c.counts[key] is checked at line 34 and changed at line 36 by c.counts[key], but the check runs before the lock on c is taken at line 35}}
		c.Unlock()
	}
}

// Builder is used by one goroutine at a time and has no lock: check-then-act on it is not a race.
type Builder struct {
	parts map[string]string
}

func (b *Builder) Set(key, value string) {
	if _, ok := b.parts[key]; !ok {
		b.parts[key] = value
	}
}

func (c *Counter) Increment(key string) {
	c.Lock()
	c.counts[key]++
	c.Unlock()
}

func (c *Counter) ResetIfLarge(key string, limit int) {
	c.Lock()
	defer c.Unlock()
	if c.counts[key] > limit {
		c.counts[key] = 0
	}
}

func (c *Counter) ResetIfLargeUnlocked(key string, limit int) {
	c.Lock()
	n := c.counts[key] // Secondary [check]
	c.Unlock()
	if n > limit {
		c.Lock()
		c.counts[key] = 0 // Noncompliant [TOCTOU001] {{c.counts[key] is checked at line 68 and changed at line 72 by c.counts[key], and the lock on c is released and re-taken at line 71 in between}}
		c.Unlock()
	}
}

// A comment far from the check and the act is not evidence about them: the finding below stays a warning.
func (c *Counter) ResetIfLargeThenReport(key string, limit int) {
	c.Lock()
	n := c.counts[key] // Secondary [check]
	c.Unlock()
	if n > limit {
		c.Lock()
		c.counts[key] = 0 // Noncompliant [TOCTOU001] {{c.counts[key] is checked at line 80 and changed at line 84 by c.counts[key], and the lock on c is released and re-taken at line 83 in between}}
		c.Unlock()
	}

	report(key, n)
	report(key, limit)
	// report is not concurrency safe; callers serialize it.
	report(key, 0)
}

func (c *Counter) Snapshot() map[string]int {
	c.Lock()
	defer c.Unlock()
	out := make(map[string]int, len(c.counts))
	for k, v := range c.counts {
		out[k] = v
	}
	return out
}

// lazyTable is built on first use with double-checked locking through a helper, as sync.Once does it.
type lazyTable struct {
	sync.Mutex
	initialized int32
	fields      []string
}

func (t *lazyTable) size() int {
	if atomic.LoadInt32(&t.initialized) == 0 {
		t.compute()
	}
	return len(t.fields)
}

func (t *lazyTable) compute() {
	t.Lock()
	defer t.Unlock()
	if t.initialized != 0 {
		return
	}
	t.fields = []string{"id"}
	atomic.StoreInt32(&t.initialized, 1)
}

// Without the re-check under the lock, two goroutines that both saw zero both build the table.
func (t *lazyTable) sizeOnce() int {
	if atomic.LoadInt32(&t.initialized) == 0 { // Secondary [check]
		t.build() // Noncompliant [TOCTOU001] {{t.initialized is checked at line 130 and changed at line 131 by t.build(), but the check runs before the lock on t is taken at line 131, inside build()}}
	}
	return len(t.fields)
}

func (t *lazyTable) build() {
	t.Lock()
	defer t.Unlock()
	t.fields = []string{"id"}
	atomic.StoreInt32(&t.initialized, 1)
}
