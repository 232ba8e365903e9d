// https://github.com/google/pprof/pull/565 (fixes https://github.com/google/pprof/issues/500)
// newTempFile probed prefix.NNN.suffix names with os.Stat and called os.Create on the first name
// that did not exist; another pprof run could create that same file between the Stat and the
// Create, and os.Create would silently truncate and share it. The fix creates the file with
// O_CREATE|O_EXCL and moves on to the next index when the name is already taken.
package driver

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
)

// newTempFile returns a new output file in dir with the provided prefix and suffix.
func newTempFile(dir, prefix, suffix string) (*os.File, error) {
	for index := 1; index < 10000; index++ {
		path := filepath.Join(dir, fmt.Sprintf("%s%03d%s", prefix, index, suffix))
		if _, err := os.Stat(path); err != nil {
			return os.Create(path) // Noncompliant
		}
	}
	// Give up
	return nil, fmt.Errorf("could not create file of the form %s%03d%s", prefix, 1, suffix)
}

var tempFiles []string
var tempFilesMu = sync.Mutex{}

// deferDeleteTempFile marks a file to be deleted by next call to Cleanup()
func deferDeleteTempFile(path string) {
	tempFilesMu.Lock()
	tempFiles = append(tempFiles, path)
	tempFilesMu.Unlock()
}

// cleanupTempFiles removes any temporary files selected for deferred cleaning.
func cleanupTempFiles() error {
	tempFilesMu.Lock()
	defer tempFilesMu.Unlock()
	var lastErr error
	for _, f := range tempFiles {
		if err := os.Remove(f); err != nil {
			lastErr = err
		}
	}
	tempFiles = nil
	return lastErr
}
