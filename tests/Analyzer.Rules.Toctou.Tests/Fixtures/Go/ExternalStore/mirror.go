package externalstore

import "sync"

// Store is a keyed store with its own synchronization.
type Store interface {
	Get(key string) (interface{}, bool)
	Add(key string, obj interface{}) error
	Delete(key string) error
}

type Mirror struct {
	mu    sync.Mutex
	store Store
	seen  int
}

func (m *Mirror) AddIfMissing(key string, obj interface{}) error {
	if _, ok := m.store.Get(key); ok { // Secondary [check]
		return nil
	}
	return m.store.Add(key, obj) // Noncompliant [TOCTOU002] {{Get() on m.store at line 19 decides Add() on the same store at line 22; the lookup and the change are separate calls on the store, and no lock of ours is held, so a writer that runs between the two calls can change the entry}}
}

func (m *Mirror) Forget(key string) error {
	return m.store.Delete(key)
}

func (m *Mirror) Peek(key string) bool {
	_, ok := m.store.Get(key)
	return ok
}

func (m *Mirror) Count() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.seen++
}

// Every write of the registry's store goes through a method that holds r.mu, and Refresh holds r.mu from its lookup
// to its change: the store cannot change in between.
type Registry struct {
	mu    sync.Mutex
	store Store
}

func (r *Registry) Put(key string, obj interface{}) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.store.Add(key, obj)
}

func (r *Registry) Refresh(key string, obj interface{}) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.store.Get(key); ok {
		return r.store.Delete(key)
	}
	return r.store.Add(key, obj)
}

// Drop writes the store without r.mu, so Refresh's lock no longer keeps every writer out.
type OpenRegistry struct {
	mu    sync.Mutex
	store Store
}

func (r *OpenRegistry) Drop(key string) error {
	return r.store.Delete(key)
}

func (r *OpenRegistry) Refresh(key string, obj interface{}) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.store.Get(key); ok { // Secondary [check]
		return r.store.Delete(key) // Noncompliant [TOCTOU002] {{Get() on r.store at line 75 decides Delete() on the same store at line 76 and 78; the lookup and the change are separate calls on the store, and r.mu is held, which keeps the store from changing only if every writer of the store takes it too; if one does not, a writer that runs between the two calls can change the entry}}
	}
	return r.store.Add(key, obj)
}

// The change is made on what the lookup returned, under another key: another writer changing the looked-up entry
// does not make the change wrong.
func (m *Mirror) AddAlias(key, alias string) error {
	obj, ok := m.store.Get(key)
	if !ok {
		return nil
	}
	return m.store.Add(alias, obj)
}

// A part of the looked-up key is the same entry.
type Group struct {
	Name string
}

func (m *Mirror) AddGroup(g Group) error {
	if _, ok := m.store.Get(g.Name); ok { // Secondary [check]
		return nil
	}
	return m.store.Add(g.Name, g) // Noncompliant [TOCTOU002] {{Get() on m.store at line 97 decides Add() on the same store at line 100; the lookup and the change are separate calls on the store, and no lock of ours is held, so a writer that runs between the two calls can change the entry}}
}
