// https://github.com/transparency-dev/tessera/pull/723
// The POSIX storage writes tiles from several goroutines, each calling mkdirAll for the tile's
// directory. mkdirAll Lstat()s the path and, on ENOENT, calls os.Mkdir; when two goroutines pass
// the Lstat check for the same new directory, the slower Mkdir fails with EEXIST and the tile
// write is aborted. Fix: treat os.ErrExist from Mkdir (and from the parent recursion) as success.
package posix

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
)

const (
	dirPerm  = 0o755
	filePerm = 0o644
)

// syncDir calls fsync on the provided directory.
func syncDir(d string) error {
	fd, err := os.Open(d)
	if err != nil {
		return fmt.Errorf("failed to open %q: %v", d, err)
	}
	if err := fd.Sync(); err != nil {
		_ = fd.Close()
		return fmt.Errorf("failed to sync %q: %v", d, err)
	}
	return fd.Close()
}

// mkdirAll is a reimplementation of os.MkdirAll which fsyncs the parent directories it modifies.
func mkdirAll(name string, perm os.FileMode) error {
	name = strings.TrimSuffix(name, string(filepath.Separator))
	if name == "" {
		return nil
	}

	dir, _ := filepath.Split(name)
	di, err := os.Lstat(name)
	switch {
	case errors.Is(err, syscall.ENOENT):
		if dir != "" {
			if err := mkdirAll(dir, perm); err != nil {
				return err
			}
		}
		fallthrough
	case errors.Is(err, os.ErrNotExist):
		if err := os.Mkdir(name, perm); err != nil { // Noncompliant
			return fmt.Errorf("%q: %w", name, err)
		}
		return syncDir(dir)
	case err != nil:
		return fmt.Errorf("lstat %q: %w", name, err)
	case !di.IsDir():
		return fmt.Errorf("%s is not a directory", name)
	default:
		return nil
	}
}

type Storage struct {
	root string
}

func (s *Storage) writeTile(level, index uint64, data []byte) error {
	p := filepath.Join(s.root, "tile", fmt.Sprint(level), fmt.Sprintf("x%03d", index/1000), fmt.Sprintf("%03d", index%1000))
	if err := mkdirAll(filepath.Dir(p), dirPerm); err != nil {
		return fmt.Errorf("failed to make directory structure: %w", err)
	}
	return os.WriteFile(p, data, filePerm)
}

// writeTiles stores a batch of tiles in parallel, as the integrator does.
func (s *Storage) writeTiles(level uint64, tiles map[uint64][]byte) error {
	var wg sync.WaitGroup
	errs := make(chan error, len(tiles))
	for idx, data := range tiles {
		wg.Add(1)
		go func(idx uint64, data []byte) {
			defer wg.Done()
			errs <- s.writeTile(level, idx, data)
		}(idx, data)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
