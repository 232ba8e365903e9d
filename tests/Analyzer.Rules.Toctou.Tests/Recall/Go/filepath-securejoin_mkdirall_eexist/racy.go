// https://github.com/cyphar/filepath-securejoin/pull/35
// MkdirAllHandle first walks the existing part of the path, then mkdirat()s each remaining
// component. If another MkdirAll (e.g. a second runc process preparing the same mountpoint,
// opencontainers/runc#4543) creates a component between the lookup and the mkdirat, mkdirat
// fails with EEXIST and the container start fails. Fix: treat EEXIST from mkdirat as success
// and just open the component as a directory (the open still fails if it is not a directory).
package securejoin

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// partialLookup returns the deepest existing directory under root and the parts still missing.
func partialLookup(root, unsafePath string) (string, []string) {
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

func MkdirAll(root, unsafePath string, mode os.FileMode) error {
	currentDir, remainingParts := partialLookup(root, unsafePath)
	for _, part := range remainingParts {
		if part == "" || part == "." {
			continue
		}
		next := filepath.Join(currentDir, part)
		if err := os.Mkdir(next, mode); err != nil { // Noncompliant
			return &os.PathError{Op: "mkdirat", Path: next, Err: err}
		}
		currentDir = next
	}
	return nil
}

// prepareMounts: several containers sharing one rootfs create the same mountpoints in parallel.
func prepareMounts(rootfs string, mountpoints []string) []error {
	errs := make([]error, len(mountpoints))
	var wg sync.WaitGroup
	for i, m := range mountpoints {
		wg.Add(1)
		go func(i int, m string) {
			defer wg.Done()
			errs[i] = MkdirAll(rootfs, m, 0o755)
		}(i, m)
	}
	wg.Wait()
	return errs
}
