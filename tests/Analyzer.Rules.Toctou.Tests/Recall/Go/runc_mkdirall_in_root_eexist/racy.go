// https://github.com/opencontainers/runc/issues/4543
// Containers started in parallel with the same mount destinations failed with EEXIST: runc's
// MkdirAllInRoot (filepath-securejoin MkdirAllHandle) first finds the deepest existing directory,
// then mkdirs each missing component and errors if another runc created it in the meantime.
// Fix (cyphar/filepath-securejoin#35): tolerate EEXIST from mkdir and just open the directory.
package runcmkdir

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
)

// partialLookupInRoot walks unsafePath below root and stops at the first missing component.
func partialLookupInRoot(root, unsafePath string) (string, []string, error) {
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

// MkdirAllInRoot creates unsafePath inside root and returns a handle to it.
func MkdirAllInRoot(root, unsafePath string, mode os.FileMode) (*os.File, error) {
	currentDir, remaining, err := partialLookupInRoot(root, unsafePath)
	if err != nil {
		return nil, fmt.Errorf("find existing subpath of %q: %w", unsafePath, err)
	}
	for _, part := range remaining {
		if part == "" || part == "." {
			continue
		}
		next := filepath.Join(currentDir, part)
		if err := os.Mkdir(next, mode); err != nil { // Noncompliant
			return nil, &os.PathError{Op: "mkdirat", Path: next, Err: err}
		}
		currentDir = next
	}
	return os.Open(currentDir)
}

// createMountpoints runs once per container; several runc processes start at the same time.
func createMountpoints(rootfs string, containers [][]string) []error {
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
				f, err := MkdirAllInRoot(rootfs, d, 0o755)
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
