// https://github.com/cyphar/filepath-securejoin/pull/35 (fix for opencontainers/runc#4543)
// mkdir of each missing component ignores EEXIST: if another process created the directory
// first we simply continue, and opening it as a directory afterwards rejects non-directories.
package runcmkdir

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
)

func partialLookupFixed(root, unsafePath string) (string, []string, error) {
	current := root
	parts := strings.Split(filepath.Clean("/"+unsafePath), "/")
	for i, part := range parts {
		if part == "" {
			continue
		}
		next := filepath.Join(current, part)
		fi, err := os.Lstat(next)
		if os.IsNotExist(err) {
			return current, parts[i:], nil
		}
		if err != nil {
			return "", nil, err
		}
		if !fi.IsDir() {
			return "", nil, &os.PathError{Op: "lookup", Path: next, Err: syscall.ENOTDIR}
		}
		current = next
	}
	return current, nil, nil
}

// openDirNoFollow opens path in one call that fails with ENOTDIR/ELOOP if it is not a directory.
func openDirNoFollow(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_DIRECTORY|syscall.O_NOFOLLOW|syscall.O_CLOEXEC, 0)
}

func MkdirAllHandleFixed(root, unsafePath string, mode os.FileMode) (*os.File, error) {
	currentDir, remaining, err := partialLookupFixed(root, unsafePath)
	if err != nil {
		return nil, fmt.Errorf("find existing subpath of %q: %w", unsafePath, err)
	}
	for _, part := range remaining {
		if part == "" || part == "." {
			continue
		}
		next := filepath.Join(currentDir, part)
		if err := os.Mkdir(next, mode); err != nil && !errors.Is(err, fs.ErrExist) {
			return nil, &os.PathError{Op: "mkdirat", Path: next, Err: err}
		}
		d, err := openDirNoFollow(next)
		if err != nil {
			return nil, err
		}
		d.Close()
		currentDir = next
	}
	return openDirNoFollow(currentDir)
}

func createMountpointsFixed(rootfs string, containers [][]string) []error {
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	for _, dests := range containers {
		wg.Add(1)
		go func(dests []string) {
			defer wg.Done()
			for _, d := range dests {
				f, err := MkdirAllHandleFixed(rootfs, d, 0o755)
				if err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
					continue
				}
				f.Close()
			}
		}(dests)
	}
	wg.Wait()
	return errs
}
