// https://github.com/sdomino/scribble/pull/3
// The driver kept one mutex per collection in a map and made it on first use: getOrCreateMutex looked the collection up
// and stored a new mutex when it was missing, with no lock around the map, so two writers of a new collection could
// each store and lock a mutex of their own. The fix guards the map and looks again under the write lock.
package scribble

import (
	"os"
	"path/filepath"
	"sync"
)

type Driver struct {
	dir     string
	mutexes map[string]*sync.Mutex
}

func (d *Driver) Write(collection, resource string, data []byte) error {
	mutex := d.getOrCreateMutex(collection)
	mutex.Lock()
	defer mutex.Unlock()
	return os.WriteFile(filepath.Join(d.dir, collection, resource+".json"), data, 0o644)
}

func (d *Driver) getOrCreateMutex(collection string) *sync.Mutex {
	m, ok := d.mutexes[collection]
	if !ok {
		m = &sync.Mutex{}
		d.mutexes[collection] = m // Noncompliant [TOCTOU001]
	}
	return m
}
