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
	return m.store.Add(key, obj) // Noncompliant [TOCTOU002]
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
