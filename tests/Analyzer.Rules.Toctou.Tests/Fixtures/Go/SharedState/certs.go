package sharedstate

import (
	"sync"
	"sync/atomic"
)

// Certs stores a pair only when it differs from the one it holds, compared through a local it loaded: two loaders
// that race leave one pair or the other, as two stores in some order would. Keeping only a newer pair is another
// matter: a stale check lets an older pair replace a newer one.
type Certs struct {
	mu    sync.Mutex
	pair  atomic.Value
	loads int
}

type keyPair struct {
	cert, key string
	serial    int
}

func (p *keyPair) Equal(o *keyPair) bool { return p.cert == o.cert && p.key == o.key }

func (p *keyPair) Newer(o *keyPair) bool { return p.serial >= o.serial }

func (c *Certs) load(cert, key string) {
	next := &keyPair{cert: cert, key: key}
	old, ok := c.pair.Load().(*keyPair)
	if ok && old != nil && old.Equal(next) {
		return
	}
	c.pair.Store(next)
}

func (c *Certs) loadNewer(next *keyPair) {
	old, ok := c.pair.Load().(*keyPair) // Secondary [check]
	if ok && old != nil && old.Newer(next) {
		return
	}
	c.pair.Store(next) // Noncompliant {{c.pair is checked at line 36 and changed at line 40 by c.pair.Store(next), with no lock held at either point}}
}

func (c *Certs) count() {
	c.mu.Lock()
	c.loads++
	c.mu.Unlock()
}
