// https://github.com/spf13/afero/pull/379
// Fixed version: after taking the write lock, Mkdir checks again that the directory does not
// exist before creating it, so exactly one concurrent Mkdir succeeds.
package afero

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"time"
)

type memNode struct {
	mu      sync.Mutex
	name    string
	dir     bool
	mode    os.FileMode
	modTime time.Time
	memDir  map[string]*memNode
}

type SafeMemMapFs struct {
	mu   sync.RWMutex
	data map[string]*memNode
	init sync.Once
}

func (m *SafeMemMapFs) nodes() map[string]*memNode {
	m.init.Do(func() {
		m.data = map[string]*memNode{"/": {name: "/", dir: true, memDir: map[string]*memNode{}}}
	})
	return m.data
}

func (m *SafeMemMapFs) attachToParent(f *memNode) {
	parent := m.nodes()[filepath.Dir(f.name)]
	if parent == nil {
		return
	}
	parent.mu.Lock()
	parent.memDir[filepath.Base(f.name)] = f
	parent.mu.Unlock()
}

func (m *SafeMemMapFs) Mkdir(name string, perm os.FileMode) error {
	name = filepath.Clean(name)

	m.mu.RLock()
	_, ok := m.nodes()[name]
	m.mu.RUnlock()
	if ok {
		return &os.PathError{Op: "mkdir", Path: name, Err: os.ErrExist}
	}

	m.mu.Lock()
	// Double check that it doesn't exist.
	if _, ok := m.nodes()[name]; ok {
		m.mu.Unlock()
		return &os.PathError{Op: "mkdir", Path: name, Err: os.ErrExist}
	}
	item := &memNode{name: name, dir: true, mode: os.ModeDir | perm, modTime: time.Now(), memDir: map[string]*memNode{}}
	m.nodes()[name] = item
	m.attachToParent(item)
	m.mu.Unlock()
	return nil
}

func (m *SafeMemMapFs) MkdirAll(path string, perm os.FileMode) error {
	err := m.Mkdir(path, perm)
	var pe *os.PathError
	if errors.As(err, &pe) && pe.Err == os.ErrExist {
		return nil
	}
	return err
}

func (m *SafeMemMapFs) Stat(name string) (os.FileMode, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	f, ok := m.nodes()[filepath.Clean(name)]
	if !ok {
		return 0, &os.PathError{Op: "stat", Path: name, Err: os.ErrNotExist}
	}
	return f.mode, nil
}

func (m *SafeMemMapFs) Remove(name string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.nodes()[name]; !ok {
		return &os.PathError{Op: "remove", Path: name, Err: os.ErrNotExist}
	}
	delete(m.nodes(), name)
	return nil
}
