// https://github.com/spf13/afero/pull/379
// MemMapFs.Mkdir checks for the directory under the read lock, releases it, then takes the
// write lock and creates the directory. Two goroutines creating the same directory both pass
// the check and both insert, so neither gets ErrFileExists and children registered with the
// first directory entry are lost (issues #298, #361). Fix: re-check inside the write lock.
package afero

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
	"time"
)

var ErrFileExists = os.ErrExist

type FileData struct {
	mu      sync.Mutex
	name    string
	dir     bool
	mode    os.FileMode
	modTime time.Time
	memDir  map[string]*FileData
}

type MemMapFs struct {
	mu   sync.RWMutex
	data map[string]*FileData
	init sync.Once
}

func (m *MemMapFs) getData() map[string]*FileData {
	m.init.Do(func() {
		m.data = map[string]*FileData{"/": {name: "/", dir: true, memDir: map[string]*FileData{}}}
	})
	return m.data
}

func (m *MemMapFs) registerWithParent(f *FileData) {
	parent := m.getData()[filepath.Dir(f.name)]
	if parent == nil {
		return
	}
	parent.mu.Lock()
	parent.memDir[filepath.Base(f.name)] = f
	parent.mu.Unlock()
}

func (m *MemMapFs) Mkdir(name string, perm os.FileMode) error {
	name = filepath.Clean(name)

	m.mu.RLock()
	_, ok := m.getData()[name]
	m.mu.RUnlock()
	if ok {
		return &os.PathError{Op: "mkdir", Path: name, Err: ErrFileExists}
	}

	m.mu.Lock()
	item := &FileData{name: name, dir: true, mode: os.ModeDir | perm, modTime: time.Now(), memDir: map[string]*FileData{}}
	m.getData()[name] = item // Noncompliant
	m.registerWithParent(item)
	m.mu.Unlock()
	return nil
}

func (m *MemMapFs) MkdirAll(path string, perm os.FileMode) error {
	err := m.Mkdir(path, perm)
	var pe *os.PathError
	if errors.As(err, &pe) && pe.Err == ErrFileExists {
		return nil
	}
	return err
}

func (m *MemMapFs) Stat(name string) (os.FileMode, error) {
	m.mu.RLock()
	defer m.mu.RUnlock()
	f, ok := m.getData()[filepath.Clean(name)]
	if !ok {
		return 0, &os.PathError{Op: "stat", Path: name, Err: os.ErrNotExist}
	}
	return f.mode, nil
}

func (m *MemMapFs) Remove(name string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.getData()[name]; !ok {
		return &os.PathError{Op: "remove", Path: name, Err: os.ErrNotExist}
	}
	delete(m.getData(), name)
	return nil
}
