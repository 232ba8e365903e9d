package sharedstate

import (
	"sync"
	"time"
)

type leaseEntry struct {
	owner string
	seen  time.Time
}

// Leases are taken by request goroutines and swept by a goroutine of their own.
type leaseTable struct {
	mu     sync.RWMutex
	leases map[string]*leaseEntry
}

func newLeaseTable() *leaseTable {
	t := &leaseTable{leases: map[string]*leaseEntry{}}
	go t.sweep()
	go t.sweepChecked()
	go t.dropAll()
	return t
}

func (t *leaseTable) take(key, owner string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.leases[key] = &leaseEntry{owner: owner, seen: time.Now()}
}

// The sweep picks the stale leases under the read lock and drops them under the write lock: a lease taken again in
// between is dropped with them.
func (t *leaseTable) sweep() {
	for {
		var stale []string
		t.mu.RLock()
		for key, lease := range t.leases { // Secondary [check]
			if time.Since(lease.seen) > time.Minute {
				stale = append(stale, key)
			}
		}
		t.mu.RUnlock()
		t.mu.Lock()
		for _, key := range stale {
			delete(t.leases, key) // Noncompliant [TOCTOU001] {{t.leases is checked at line 39 and changed at line 47 by delete(t.leases, key), checked under the read lock t.mu and changed under the write lock taken at line 45 without re-checking}}
		}
		t.mu.Unlock()
		time.Sleep(time.Second)
	}
}

// Each pick is tested again under the write lock before it is dropped.
func (t *leaseTable) sweepChecked() {
	for {
		var stale []string
		t.mu.RLock()
		for key, lease := range t.leases {
			if time.Since(lease.seen) > time.Minute {
				stale = append(stale, key)
			}
		}
		t.mu.RUnlock()
		t.mu.Lock()
		for _, key := range stale {
			if lease, ok := t.leases[key]; ok && time.Since(lease.seen) > time.Minute {
				delete(t.leases, key)
			}
		}
		t.mu.Unlock()
		time.Sleep(time.Second)
	}
}

// Keys listed with no test of their leases are each dropped whatever they hold: dropping one another goroutine
// dropped first changes nothing.
func (t *leaseTable) dropAll() {
	var keys []string
	t.mu.RLock()
	for key := range t.leases {
		keys = append(keys, key)
	}
	t.mu.RUnlock()
	t.mu.Lock()
	for _, key := range keys {
		delete(t.leases, key)
	}
	t.mu.Unlock()
}

// Orders are placed by request goroutines; a domain being resolved is skipped by the others.
type resolver struct {
	mu        sync.RWMutex
	resolving map[string]bool
}

func (r *resolver) Listen(batches <-chan []string) {
	for domains := range batches {
		go r.resolve(domains)
	}
}

// The helper hands back the domains its test let through, and the caller registers them under a second hold of the
// lock: two goroutines can both get the same domain back and both resolve it.
func (r *resolver) resolve(domains []string) {
	todo := r.unresolved(domains) // Secondary [check]
	if len(todo) == 0 {
		return
	}
	r.register(todo) // Noncompliant [TOCTOU001] {{r.resolving[d] is checked at line 107 and changed at line 111 by r.register(todo) (on some paths through it), checked under the read lock r.mu and changed under the write lock taken at line 111, inside register() without re-checking}}
}

func (r *resolver) unresolved(domains []string) []string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	var todo []string
	for _, d := range domains {
		if r.resolving[d] {
			continue
		}
		todo = append(todo, d)
	}
	return todo
}

func (r *resolver) register(domains []string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, d := range domains {
		r.resolving[d] = true
	}
}
