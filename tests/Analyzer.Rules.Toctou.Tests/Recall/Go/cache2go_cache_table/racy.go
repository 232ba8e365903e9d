// https://github.com/muesli/cache2go/pull/11
// Cache(name) looked the table up under the read lock, released it, then took the
// write lock and created and stored a new table without looking again. Two goroutines
// asking for the same missing table could both create one, and the second store would
// replace the first (losing items already added to it). The fix re-checks under the
// write lock before creating.
package cache2go

import "sync"

type CacheTable struct {
	sync.RWMutex
	name  string
	items map[interface{}]interface{}
}

var (
	cache = make(map[string]*CacheTable)
	mutex sync.RWMutex
)

// Cache returns the table with the given name, creating it if needed.
func Cache(table string) *CacheTable {
	mutex.RLock()
	t, ok := cache[table]
	mutex.RUnlock()

	if !ok {
		mutex.Lock()
		t = &CacheTable{name: table, items: make(map[interface{}]interface{})}
		cache[table] = t // Noncompliant
		mutex.Unlock()
	}
	return t
}

// RemoveCache drops the named table.
func RemoveCache(table string) {
	mutex.Lock()
	defer mutex.Unlock()
	delete(cache, table)
}
