// https://github.com/cashapp/hermit/pull/392
// Fixed version: the cheap isExtracted() test still short-circuits before the lock, but
// it is repeated after the state lock is held, so only the first process extracts.
package hermitstate

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

type stateLock struct {
	path string
	fh   *os.File
}

func (l *stateLock) Acquire(ctx context.Context) error {
	fh, err := os.OpenFile(l.path, os.O_CREATE|os.O_RDWR, 0600)
	if err != nil {
		return err
	}
	if err := syscall.Flock(int(fh.Fd()), syscall.LOCK_EX); err != nil {
		fh.Close()
		return err
	}
	l.fh = fh
	return nil
}

func (l *stateLock) Release() {
	_ = syscall.Flock(int(l.fh.Fd()), syscall.LOCK_UN)
	l.fh.Close()
}

type pkgRef struct {
	Reference string
	Source    string
	Root      string
}

type globalState struct {
	pkgDir string
	lock   *stateLock
}

func (s *globalState) isExtracted(p *pkgRef) bool {
	_, err := os.Stat(p.Root)
	return err == nil
}

func (s *globalState) extract(p *pkgRef) error {
	tmp, err := os.MkdirTemp(s.pkgDir, ".extract-")
	if err != nil {
		return err
	}
	if err := os.Rename(tmp, p.Root); err != nil {
		os.RemoveAll(tmp)
		return fmt.Errorf("destination %s already exists", p.Root)
	}
	return nil
}

func (s *globalState) CacheAndUnpack(p *pkgRef) error {
	// Check if the package is up-to-date, and if so, return before acquiring the lock
	if s.isExtracted(p) || p.Source == "/" {
		return nil
	}
	if err := s.lock.Acquire(context.Background()); err != nil {
		return err
	}
	defer s.lock.Release()
	if !s.isExtracted(p) {
		return s.extract(p)
	}
	return nil
}

func openGlobalState(root string) *globalState {
	return &globalState{pkgDir: filepath.Join(root, "pkg"), lock: &stateLock{path: filepath.Join(root, ".lock")}}
}
