// https://github.com/muesli/cache2go/pull/11
// Fixed version: after taking the write lock the map is consulted again, and a new
// table is created only if no other goroutine created it in the meantime.
package cache2go

import "sync"

type NamedTable struct {
	sync.RWMutex
	name  string
	items map[interface{}]interface{}
}

var (
	tables   = make(map[string]*NamedTable)
	tablesMu sync.RWMutex
)

// Table returns the table with the given name, creating it if needed.
func Table(name string) *NamedTable {
	tablesMu.RLock()
	t, ok := tables[name]
	tablesMu.RUnlock()

	if !ok {
		tablesMu.Lock()
		t, ok = tables[name]
		if !ok {
			t = &NamedTable{name: name, items: make(map[interface{}]interface{})}
			tables[name] = t
		}
		tablesMu.Unlock()
	}
	return t
}

// DropTable drops the named table.
func DropTable(name string) {
	tablesMu.Lock()
	defer tablesMu.Unlock()
	delete(tables, name)
}
