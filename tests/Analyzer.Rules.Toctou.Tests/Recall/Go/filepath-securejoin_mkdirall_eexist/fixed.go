// https://github.com/cyphar/filepath-securejoin/pull/35
package securejoin

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
)

func lookupExisting(root, unsafePath string) (string, []string) {
	current := root
	parts := strings.Split(filepath.Clean("/"+unsafePath), string(filepath.Separator))
	for i, part := range parts {
		if part == "" {
			continue
		}
		next := filepath.Join(current, part)
		if _, err := os.Lstat(next); err != nil {
			return current, parts[i:]
		}
		current = next
	}
	return current, nil
}

func MkdirAllTolerant(root, unsafePath string, mode os.FileMode) error {
	currentDir, remainingParts := lookupExisting(root, unsafePath)
	for _, part := range remainingParts {
		if part == "" || part == "." {
			continue
		}
		next := filepath.Join(currentDir, part)
		// If we get EEXIST, another program may have created the directory at the
		// same time as us; continue as if we created it.
		if err := os.Mkdir(next, mode); err != nil && !errors.Is(err, fs.ErrExist) {
			return &os.PathError{Op: "mkdirat", Path: next, Err: err}
		}
		// The open fails if what exists there is not a directory.
		fi, err := os.Lstat(next)
		if err != nil {
			return err
		}
		if !fi.IsDir() {
			return &os.PathError{Op: "openat", Path: next, Err: syscall.ENOTDIR}
		}
		currentDir = next
	}
	return nil
}

func prepareMountsTolerant(rootfs string, mountpoints []string) []error {
	errs := make([]error, len(mountpoints))
	var wg sync.WaitGroup
	for i, m := range mountpoints {
		wg.Add(1)
		go func(i int, m string) {
			defer wg.Done()
			errs[i] = MkdirAllTolerant(rootfs, m, 0o755)
		}(i, m)
	}
	wg.Wait()
	return errs
}
