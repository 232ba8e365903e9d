// https://github.com/fergusstrange/embedded-postgres/pull/105
// Fixed version: the download is first written to a private temporary file and then moved
// into the cache path with os.Rename, so other processes either see no archive or a complete
// one; a mutex serialises the check-and-fetch for callers inside the same process.
package embeddedpostgres

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
)

type archiveCache func() (location string, exists bool)

func statArchiveCache(cacheDir, version string) archiveCache {
	return func() (string, bool) {
		location := filepath.Join(cacheDir, fmt.Sprintf("embedded-postgres-binaries-%s.txz", version))
		info, err := os.Stat(location)
		if err != nil {
			return location, false
		}
		return location, !info.IsDir()
	}
}

var fetchMu sync.Mutex

type pgRunner struct {
	cache   archiveCache
	fetch   func() ([]byte, error)
	extract func(archive, runtimePath string) error
	runtime string
}

func (r *pgRunner) Run() error {
	fetchMu.Lock()
	cacheLocation, cacheExists := r.cache()
	if !cacheExists {
		if err := r.fetchIntoCache(cacheLocation); err != nil {
			fetchMu.Unlock()
			return err
		}
	}
	fetchMu.Unlock()

	if err := r.extract(cacheLocation, r.runtime); err != nil {
		return fmt.Errorf("unable to extract postgres archive: %s", err)
	}
	return nil
}

func (r *pgRunner) fetchIntoCache(cacheLocation string) error {
	archiveBytes, err := r.fetch()
	if err != nil {
		return fmt.Errorf("error fetching postgres: %s", err)
	}
	tmp, err := os.CreateTemp("", "embedded_postgres")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(archiveBytes); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(cacheLocation), 0755); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), cacheLocation)
}
