// https://github.com/openclaw/crabbox/pull/2395
// Fixed version: losing the creation of a shared component is not a failure; the
// Lstat and ordinary-directory checks that follow validate whoever created it.
package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
)

func ensureLeaseSSHDirectoriesTolerant(root string, components []string) error {
	current := root
	for _, component := range components {
		current = filepath.Join(current, component)
		info, err := os.Lstat(current)
		if errors.Is(err, os.ErrNotExist) {
			if err := os.Mkdir(current, 0o700); err != nil && !errors.Is(err, os.ErrExist) {
				return fmt.Errorf("create private lease SSH directory: %w", err)
			}
			info, err = os.Lstat(current)
		}
		if err != nil || info.Mode()&os.ModeSymlink != 0 || !info.IsDir() {
			return errors.New("lease SSH directory has an unsafe path component")
		}
		if err := os.Chmod(current, 0o700); err != nil {
			return fmt.Errorf("secure lease SSH directory: %w", err)
		}
	}
	return nil
}

func AcquireLeasesTolerant(stateDir string, leaseIDs []string) []error {
	var wg sync.WaitGroup
	errs := make([]error, len(leaseIDs))
	for i, id := range leaseIDs {
		wg.Add(1)
		go func(i int, id string) {
			defer wg.Done()
			errs[i] = ensureLeaseSSHDirectoriesTolerant(stateDir, []string{"crabbox", "testboxes", id})
		}(i, id)
	}
	wg.Wait()
	return errs
}
