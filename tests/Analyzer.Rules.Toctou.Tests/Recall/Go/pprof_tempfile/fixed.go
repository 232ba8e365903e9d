// https://github.com/google/pprof/pull/565 (fixes https://github.com/google/pprof/issues/500)
// Fixed shape: the existence test and the creation are one O_EXCL open; an "exists" error just
// advances to the next index.
package driver

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
)

func newExclusiveTempFile(dir, prefix, suffix string) (*os.File, error) {
	for index := 1; index < 10000; index++ {
		switch f, err := os.OpenFile(filepath.Join(dir, fmt.Sprintf("%s%03d%s", prefix, index, suffix)), os.O_RDWR|os.O_CREATE|os.O_EXCL, 0666); {
		case err == nil:
			return f, nil
		case !os.IsExist(err):
			return nil, err
		}
	}
	// Give up
	return nil, fmt.Errorf("could not create file of the form %s%03d%s", prefix, 1, suffix)
}

var exclusiveTempFiles []string
var exclusiveTempFilesMu = sync.Mutex{}

func deferDeleteExclusiveTempFile(path string) {
	exclusiveTempFilesMu.Lock()
	exclusiveTempFiles = append(exclusiveTempFiles, path)
	exclusiveTempFilesMu.Unlock()
}

func cleanupExclusiveTempFiles() error {
	exclusiveTempFilesMu.Lock()
	defer exclusiveTempFilesMu.Unlock()
	var lastErr error
	for _, f := range exclusiveTempFiles {
		if err := os.Remove(f); err != nil {
			lastErr = err
		}
	}
	exclusiveTempFiles = nil
	return lastErr
}
