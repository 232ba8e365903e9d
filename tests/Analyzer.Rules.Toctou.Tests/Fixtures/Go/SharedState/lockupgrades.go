package sharedstate

import (
	"errors"
	"sync"
	"time"
)

// A pool of connections that a watcher refreshes; callers ask for them on every request.
type upgradedPool struct {
	mu       sync.RWMutex
	failure  error
	deadline time.Time
	conns    []string
	limit    int
}

func newUpgradedPool(events <-chan error) *upgradedPool {
	p := &upgradedPool{limit: 8}
	go p.watch(events)
	return p
}

func (p *upgradedPool) watch(events <-chan error) {
	for err := range events {
		p.mu.Lock()
		p.failure = err
		if err == nil {
			p.conns = append(p.conns, "fresh")
		} else {
			p.deadline = time.Now().Add(time.Second)
		}
		p.mu.Unlock()
	}
}

// The failure seen under the read lock decides the teardown under the write lock; a refresh in between is torn down
// with the rest.
func (p *upgradedPool) Conns() ([]string, error) {
	p.mu.RLock()
	if p.failure == nil || time.Now().Before(p.deadline) { // Secondary [check]
		defer p.mu.RUnlock()
		return p.conns, nil
	}
	p.mu.RUnlock()

	p.mu.Lock()
	defer p.mu.Unlock()
	p.conns = nil // Noncompliant [TOCTOU001] {{p.failure is checked at line 41 and decides p.conns = nil at line 49, while upgradedPool.watch changes p.failure under p.mu at line 27, checked under the read lock p.mu and acted on under the write lock taken at line 47 without checking again}}
	return nil, p.failure
}

// Tested again once the write lock is held: a refresh in between keeps its connections.
func (p *upgradedPool) ConnsChecked() ([]string, error) {
	p.mu.RLock()
	if p.failure == nil || time.Now().Before(p.deadline) {
		defer p.mu.RUnlock()
		return p.conns, nil
	}
	p.mu.RUnlock()

	p.mu.Lock()
	defer p.mu.Unlock()
	if p.failure == nil {
		return p.conns, nil
	}
	p.conns = nil
	return nil, p.failure
}

// The limit is set once, before the pool is shared, and never changed: the decision made under the read lock holds.
func (p *upgradedPool) Grow(name string) error {
	p.mu.RLock()
	full := p.limit == 0
	p.mu.RUnlock()
	if full {
		return errors.New("no room")
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.conns = append(p.conns, name)
	return nil
}
