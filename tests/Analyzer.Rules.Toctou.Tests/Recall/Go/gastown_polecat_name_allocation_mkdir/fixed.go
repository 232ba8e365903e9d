// https://github.com/gastownhall/gastown/pull/2235 (earlier step: https://github.com/gastownhall/gastown/pull/1685)
// Fixed version: the pool lock is held from choosing the name until the polecat directory
// exists, so a concurrent allocation sees the directory and skips the name.
package polecat

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
)

var slotNames = []string{"furiosa", "nux", "slit", "capable"}

type Allocator struct {
	base string
}

func (a *Allocator) acquirePool() (func(), error) {
	f, err := os.OpenFile(filepath.Join(a.base, ".pool.lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, err
	}
	return func() { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN); f.Close() }, nil
}

func (a *Allocator) slotDir(name string) string { return filepath.Join(a.base, "polecats", name) }

// AllocateAndAdd chooses a free name and creates its directory under one pool lock.
func (a *Allocator) AllocateAndAdd() (string, error) {
	release, err := a.acquirePool()
	if err != nil {
		return "", err
	}
	defer release()
	for _, n := range slotNames {
		if _, err := os.Stat(a.slotDir(n)); os.IsNotExist(err) {
			if err := os.MkdirAll(a.slotDir(n), 0o755); err != nil {
				return "", err
			}
			return n, nil
		}
	}
	return "", errors.New("name pool exhausted")
}
