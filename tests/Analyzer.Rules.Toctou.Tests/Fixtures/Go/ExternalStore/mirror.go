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
	return m.store.Add(key, obj) // Noncompliant [TOCTOU002] {{Get() on m.store at line 19 decides Add() on the same store at line 22; the two are separate calls on the store, and no lock of ours is held, so another writer can change the entry in between}}
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
