package sharedstate

import (
	"sync"
	"sync/atomic"
)

// A flag type of the package whose methods are atomic operations on it.
type runFlag struct{ v int32 }

func (f *runFlag) isSet() bool { return atomic.LoadInt32(&f.v) == 1 }

func (f *runFlag) set(on bool) {
	var v int32
	if on {
		v = 1
	}
	atomic.StoreInt32(&f.v, v)
}

func (f *runFlag) trySet() bool { return atomic.CompareAndSwapInt32(&f.v, 0, 1) }

type compactor struct {
	mu      sync.Mutex
	entries map[string]int
	running runFlag
}

func (c *compactor) add(k string) {
	c.mu.Lock()
	c.entries[k]++
	c.mu.Unlock()
}

// Each method call is one step, but the test and the set are two: two callers can both see the flag clear and both
// start a compaction.
func (c *compactor) maybeCompact() {
	if !c.running.isSet() { // Secondary [check]
		c.running.set(true) // Noncompliant [TOCTOU001] {{c.running.v is checked at line 38 and changed at line 39 by c.running.set(true), with no lock held at either point, though compactor has a lock, mu; two callers that run it at once can both pass the test and both start the task made at line 40, so it runs twice}}
		go c.compact()
	}
}

// A compare-and-swap lets one caller through.
func (c *compactor) maybeCompactOnce() {
	if c.running.trySet() {
		go c.compact()
	}
}

func (c *compactor) compact() {
	defer c.running.set(false)
	c.mu.Lock()
	defer c.mu.Unlock()
	for k := range c.entries {
		delete(c.entries, k)
	}
}
