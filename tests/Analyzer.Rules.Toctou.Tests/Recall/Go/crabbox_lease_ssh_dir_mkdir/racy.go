// https://github.com/openclaw/crabbox/pull/2395
// ensureLeaseSSHDirectories made <root>/crabbox/testboxes/<lease> one component at a time:
// os.Lstat, then os.Mkdir if missing. Two lease acquisitions at once both saw a shared
// component missing and the loser's Mkdir failed with "file exists". Fix: tolerate
// fs.ErrExist and let the following Lstat checks validate the directory.
package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
)

func ensureLeaseSSHDirectories(root string, components []string) error {
	current := root
	for _, component := range components {
		current = filepath.Join(current, component)
		info, err := os.Lstat(current)
		if errors.Is(err, os.ErrNotExist) {
			if err := os.Mkdir(current, 0o700); err != nil { // Noncompliant
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

// AcquireLeases prepares the per-lease key directories of several testboxes at once.
func AcquireLeases(stateDir string, leaseIDs []string) []error {
	var wg sync.WaitGroup
	errs := make([]error, len(leaseIDs))
	for i, id := range leaseIDs {
		wg.Add(1)
		go func(i int, id string) {
			defer wg.Done()
			errs[i] = ensureLeaseSSHDirectories(stateDir, []string{"crabbox", "testboxes", id})
		}(i, id)
	}
	wg.Wait()
	return errs
}
