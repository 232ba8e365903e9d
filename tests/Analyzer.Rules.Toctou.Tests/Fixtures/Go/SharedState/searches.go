package sharedstate

import "sync"

// HandleTable looks a name up by scanning its map under the read lock and, when nothing matched, stores a new handle
// under the write lock without looking again: two callers can both find nothing and both store one. addOnce scans and
// stores under one hold of the write lock.
type HandleTable struct {
	sync.RWMutex
	handles map[string]int
	last    int
}

func (t *HandleTable) lookupOrAdd(name string) int {
	t.RLock()
	for n, id := range t.handles { // Secondary [check]
		if n == name {
			t.RUnlock()
			return id
		}
	}
	t.RUnlock()

	t.Lock()
	t.last++
	t.handles[name] = t.last // Noncompliant [TOCTOU001] {{t.handles is checked at line 16 and changed at line 26 by t.handles[name], checked under the read lock on t and changed under the write lock taken at line 24 without re-checking}}
	t.Unlock()
	return t.last
}

func (t *HandleTable) addOnce(name string) int {
	t.Lock()
	defer t.Unlock()
	for n, id := range t.handles {
		if n == name {
			return id
		}
	}
	t.last++
	t.handles[name] = t.last
	return t.last
}

func (t *HandleTable) forgetHandle(name string) {
	t.Lock()
	delete(t.handles, name)
	t.Unlock()
}
