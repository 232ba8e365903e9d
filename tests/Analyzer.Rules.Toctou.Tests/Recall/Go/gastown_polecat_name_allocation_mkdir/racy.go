// https://github.com/gastownhall/gastown/pull/1685 (follow-up: https://github.com/gastownhall/gastown/issues/2215, https://github.com/gastownhall/gastown/pull/2235)
// AllocateName took the pool file lock, reconciled the pool with the polecat directories
// that exist on disk, picked a free name, saved the pool and released the lock. The
// polecat directory was only created afterwards by AddWithOptions. A concurrent `gt sling`
// that allocated in that window reconciled from the directories, saw no directory for the
// name and handed out the same name again; both then set up the same polecat (observed in
// the wild: a polecat was silently overwritten). The fixes reserve the name on disk while
// the pool lock is held and, in #2235, hold the pool lock until the directory exists.
package polecat

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
)

var poolNames = []string{"furiosa", "nux", "slit", "capable"}

type Manager struct {
	root string
}

// lockPool takes an exclusive flock on the pool state file.
func (m *Manager) lockPool() (func(), error) {
	f, err := os.OpenFile(filepath.Join(m.root, ".pool.lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, err
	}
	return func() { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN); f.Close() }, nil
}

func (m *Manager) dirFor(name string) string { return filepath.Join(m.root, "polecats", name) }

// AllocateName picks a name whose directory does not exist yet.
func (m *Manager) AllocateName() (string, error) {
	unlock, err := m.lockPool()
	if err != nil {
		return "", err
	}
	defer unlock()
	for _, n := range poolNames {
		if _, err := os.Stat(m.dirFor(n)); os.IsNotExist(err) {
			return n, nil
		}
	}
	return "", errors.New("name pool exhausted")
}

// Spawn is what every `gt sling` invocation runs.
func (m *Manager) Spawn() (string, error) {
	name, err := m.AllocateName()
	if err != nil {
		return "", err
	}
	// worktree, beads and settings are set up inside this directory
	if err := os.MkdirAll(m.dirFor(name), 0o755); err != nil { // Noncompliant
		return "", err
	}
	return name, nil
}
