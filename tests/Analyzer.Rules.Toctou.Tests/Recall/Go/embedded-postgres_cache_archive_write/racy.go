// https://github.com/fergusstrange/embedded-postgres/pull/105
// Issue #96: Start() asks the cache locator whether the Postgres archive is already cached
// (os.Stat); if not, it downloads it and writes it straight to the shared cache path. Parallel
// test processes (and parallel tests in one process) all see "not cached" and write the same file
// in place, while another process that already sees the file extracts a half-written archive
// ("xz: data is truncated or corrupt"). The fix writes the download to a temporary file and
// renames it into the cache location (atomic on Unix), with a mutex for same-process callers.
package embeddedpostgres

import (
	"fmt"
	"os"
	"path/filepath"
)

type CacheLocator func() (location string, exists bool)

func defaultCacheLocator(cacheDir, version string) CacheLocator {
	return func() (string, bool) {
		location := filepath.Join(cacheDir, fmt.Sprintf("embedded-postgres-binaries-%s.txz", version))
		info, err := os.Stat(location)
		if err != nil {
			return location, false
		}
		return location, !info.IsDir()
	}
}

type EmbeddedPostgres struct {
	cacheLocator CacheLocator
	download     func() ([]byte, error)
	decompress   func(archive, runtimePath string) error
	runtimePath  string
}

func (ep *EmbeddedPostgres) Start() error {
	cacheLocation, cacheExists := ep.cacheLocator()

	if !cacheExists {
		archiveBytes, err := ep.download()
		if err != nil {
			return fmt.Errorf("error fetching postgres: %s", err)
		}
		if err := os.MkdirAll(filepath.Dir(cacheLocation), 0755); err != nil {
			return err
		}
		if err := os.WriteFile(cacheLocation, archiveBytes, 0644); err != nil { // Noncompliant
			return fmt.Errorf("unable to extract postgres archive: %s", err)
		}
	}

	if err := ep.decompress(cacheLocation, ep.runtimePath); err != nil {
		return fmt.Errorf("unable to extract postgres archive: %s", err)
	}
	return nil
}
