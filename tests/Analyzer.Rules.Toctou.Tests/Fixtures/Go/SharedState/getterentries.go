package sharedstate

import (
	"errors"
	"sync"
)

var errNodeExists = errors.New("node exists")

// An in-memory tree whose map is made on first use and reached through a getter.
type memTree struct {
	mu    sync.RWMutex
	once  sync.Once
	nodes map[string]bool
}

func (t *memTree) table() map[string]bool {
	t.once.Do(func() { t.nodes = map[string]bool{} })
	return t.nodes
}

// The look and the store go through the getter, under two holds of the lock: two callers can both find the name
// missing and both make it.
func (t *memTree) mkdir(name string) error {
	t.mu.RLock()
	_, ok := t.table()[name] // Secondary [check]
	t.mu.RUnlock()
	if ok {
		return errNodeExists
	}
	t.mu.Lock()
	t.table()[name] = true // Noncompliant [TOCTOU001] {{t.table()[name] is checked at line 26 and changed at line 32 by t.table()[name], checked under the read lock t.mu and changed under the write lock taken at line 31 without re-checking}}
	t.mu.Unlock()
	return nil
}

// Looked at again under the write lock.
func (t *memTree) mkdirChecked(name string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if _, ok := t.table()[name]; ok {
		return errNodeExists
	}
	t.table()[name] = true
	return nil
}
