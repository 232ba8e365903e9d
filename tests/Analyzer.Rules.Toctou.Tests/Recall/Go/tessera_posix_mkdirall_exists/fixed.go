// https://github.com/transparency-dev/tessera/pull/723
// Fixed version: os.Mkdir is attempted directly and an os.ErrExist error (another goroutine or
// process created the directory first) is ignored, both for the leaf and for the parents.
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
	dirMode  = 0o755
	fileMode = 0o644
)

func fsyncDir(d string) error {
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

func mkdirAllTolerant(name string, perm os.FileMode) error {
	name = strings.TrimSuffix(name, string(filepath.Separator))
	if name == "" {
		return nil
	}

	dir, _ := filepath.Split(name)
	di, err := os.Lstat(name)
	switch {
	case errors.Is(err, syscall.ENOENT):
		// Don't return an error if someone else managed to create the directory before us.
		if dir != "" {
			if err := mkdirAllTolerant(dir, perm); err != nil && !errors.Is(err, os.ErrExist) {
				return err
			}
		}
		fallthrough
	case errors.Is(err, os.ErrNotExist):
		// Ignore ErrExist as that just means someone else got there first.
		if err := os.Mkdir(name, perm); err != nil && !errors.Is(err, os.ErrExist) {
			return fmt.Errorf("%q: %w", name, err)
		}
		return fsyncDir(dir)
	case err != nil:
		return fmt.Errorf("lstat %q: %w", name, err)
	case !di.IsDir():
		return fmt.Errorf("%s is not a directory", name)
	default:
		return nil
	}
}

type TileStore struct {
	root string
}

func (s *TileStore) storeTile(level, index uint64, data []byte) error {
	p := filepath.Join(s.root, "tile", fmt.Sprint(level), fmt.Sprintf("x%03d", index/1000), fmt.Sprintf("%03d", index%1000))
	if err := mkdirAllTolerant(filepath.Dir(p), dirMode); err != nil {
		return fmt.Errorf("failed to make directory structure: %w", err)
	}
	return os.WriteFile(p, data, fileMode)
}

func (s *TileStore) storeTiles(level uint64, tiles map[uint64][]byte) error {
	var wg sync.WaitGroup
	errs := make(chan error, len(tiles))
	for idx, data := range tiles {
		wg.Add(1)
		go func(idx uint64, data []byte) {
			defer wg.Done()
			errs <- s.storeTile(level, idx, data)
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
