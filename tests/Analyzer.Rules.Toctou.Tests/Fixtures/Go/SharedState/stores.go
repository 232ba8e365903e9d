package sharedstate

import (
	"context"
	"errors"
	"sync"

	"example.com/lru"
)

var errBusy = errors.New("busy")

// Resolver keeps built items in an LRU cache from another package: each of its calls may be safe, a Get then an Add
// of the same key is not.
type Resolver struct {
	mu    sync.Mutex
	cache *lru.Cache
	api   *lru.Client
}

func buildItem(key string) int { return len(key) }

func (r *Resolver) Resolve(key string) int {
	if it, ok := r.cache.Get(key); ok {
		return it.(int)
	}
	it := buildItem(key)
	r.cache.Add(key, it) // Noncompliant [TOCTOU001] {{r.cache's entry for key is checked at line 24 and changed at line 28 by r.cache.Add(key, it), with no lock held at either point}}
	return it
}

// Another key than the one looked up: no pair.
func (r *Resolver) Alias(key, alias string) {
	if _, ok := r.cache.Get(key); ok {
		r.cache.Add(alias, 1)
	}
}

// One lock held across the lookup and the insert.
func (r *Resolver) ResolveLocked(key string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	if it, ok := r.cache.Get(key); ok {
		return it.(int)
	}
	it := buildItem(key)
	r.cache.Add(key, it)
	return it
}

// Removing what a lookup found: removing it twice changes nothing.
func (r *Resolver) Forget(key string) {
	if _, ok := r.cache.Get(key); ok {
		r.cache.Remove(key)
	}
}

// The context is no key: the lookup and the create name different things.
func (r *Resolver) Ensure(ctx context.Context, group, name string) error {
	if _, err := r.api.Get(ctx, group); err == nil {
		return nil
	}
	return r.api.Create(ctx, name) // the group was looked up, a name is created
}

// Folder's scan reads its state to decide its own work; its result is that work's error, not the state.
type Folder struct {
	mu    sync.Mutex
	state int
	err   error
}

func (f *Folder) scan() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.state > 0 {
		return nil
	}
	return f.walk()
}

func (f *Folder) setError(err error) {
	f.mu.Lock()
	f.err = err
	f.state = 1
	f.mu.Unlock()
}

// The decision is on scan's error, which no field read flows into: no check of f.state here.
func (f *Folder) Run() {
	if err := f.scan(); err != nil {
		f.setError(err)
	}
}

// Meta writes under its read lock: other readers hold it at the same time.
type Meta struct {
	mu    sync.RWMutex
	dirty bool
}

func (m *Meta) Flush() {
	m.mu.RLock()
	defer m.mu.RUnlock()
	if !m.dirty {
		return
	}
	m.dirty = false // Noncompliant [TOCTOU001] {{m.dirty is checked at line 105 and changed at line 108 by m.dirty, under the read lock m.mu, which other readers hold at the same time, so two of them can pass the check and both change it}}
}

// Keys has no lock of its own, but a sync.Map is built to be shared.
type Keys struct {
	byID sync.Map
}

func (k *Keys) Touch(id string, at int64) {
	if _, ok := k.byID.Load(id); !ok {
		k.byID.Store(id, at) // Noncompliant [TOCTOU001] {{k.byID is checked at line 117 and changed at line 118 by k.byID.Store(id, at), with no lock held at either point}}
	}
}

// Two checks of the same entry before one insert: one finding, at the first check.
func (r *Resolver) Remember(key string) {
	if _, ok := r.cache.Get(key); ok { // Secondary [check]
		return
	}
	if _, ok := r.cache.Get(key); ok { // Secondary [check] {{checks r.cache's entry for key again}}
		return
	}
	r.cache.Add(key, 1) // Noncompliant [TOCTOU001] {{r.cache's entry for key is checked at line 124 and changed at line 130 by r.cache.Add(key, 1), with no lock held at either point}}
}

// The store's own one-step call decides: a lookup before it only saves the build.
func (r *Resolver) ResolveOnce(key string) int {
	if it, ok := r.cache.Get(key); ok {
		return it.(int)
	}
	it, _ := r.cache.PutIfAbsent(key, buildItem(key))
	return it.(int)
}

func (f *Folder) walk() error { return errBusy }
