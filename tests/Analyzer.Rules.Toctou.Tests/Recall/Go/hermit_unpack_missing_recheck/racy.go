// https://github.com/cashapp/hermit/pull/392
// State.CacheAndUnpack used double-checked locking around the global state file lock, but
// #390 cached the isExtracted() result before acquiring the lock and dropped the second
// check. Running a not-yet-installed binary several times in parallel (hermit#391) made
// every process extract the package; all but one failed with "destination ... already
// exists". Fix: check isExtracted() again after the lock is acquired.
package hermitstate

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

// FileLock is a cross-process lock on a file in the state directory (util.FileLock).
type FileLock struct {
	path string
	fh   *os.File
}

func (l *FileLock) Acquire(ctx context.Context) error {
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

func (l *FileLock) Release() {
	_ = syscall.Flock(int(l.fh.Fd()), syscall.LOCK_UN)
	l.fh.Close()
}

type Package struct {
	Reference string
	Source    string
	Root      string
}

type State struct {
	pkgDir string
	lock   *FileLock
}

func (s *State) isExtracted(p *Package) bool {
	_, err := os.Stat(p.Root)
	return err == nil
}

func (s *State) extract(p *Package) error {
	tmp, err := os.MkdirTemp(s.pkgDir, ".extract-")
	if err != nil {
		return err
	}
	// unpack the cached archive into tmp here
	if err := os.Rename(tmp, p.Root); err != nil {
		os.RemoveAll(tmp)
		return fmt.Errorf("destination %s already exists", p.Root)
	}
	return nil
}

// CacheAndUnpack downloads a package and extracts it if it is not present.
func (s *State) CacheAndUnpack(p *Package) error {
	extracted := s.isExtracted(p)
	if extracted || p.Source == "/" {
		return nil
	}
	if err := s.lock.Acquire(context.Background()); err != nil {
		return err
	}
	defer s.lock.Release()
	if !extracted {
		return s.extract(p) // Noncompliant
	}
	return nil
}

func newState(root string) *State {
	return &State{pkgDir: filepath.Join(root, "pkg"), lock: &FileLock{path: filepath.Join(root, ".lock")}}
}
