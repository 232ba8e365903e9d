package sharedstate

import "sync"

// Each key has a mutex of its own, looked up by a method and held in a local: the check and the fill run under it.
type KeyedStore struct {
	guard  sync.Mutex
	locks  map[string]*sync.Mutex
	values map[string]int
}

func (k *KeyedStore) lockForKey(key string) *sync.Mutex {
	k.guard.Lock()
	defer k.guard.Unlock()
	l, ok := k.locks[key]
	if !ok {
		l = &sync.Mutex{}
		k.locks[key] = l
	}
	return l
}

func (k *KeyedStore) FillKey(key string, make func(string) int) int {
	mu := k.lockForKey(key)
	mu.Lock()
	defer mu.Unlock()
	if _, ok := k.values[key]; !ok {
		k.values[key] = make(key)
	}
	return k.values[key]
}

// A lock method that hands back its unlock as a function keeps one mutex per name.
type nameLocks struct {
	guard sync.Mutex
	locks map[string]*sync.Mutex
}

func (n *nameLocks) Lock(name string) func() {
	n.guard.Lock()
	l, ok := n.locks[name]
	if !ok {
		l = &sync.Mutex{}
		n.locks[name] = l
	}
	n.guard.Unlock()
	l.Lock()
	return l.Unlock
}

type Volumes struct {
	names *nameLocks
	guard sync.RWMutex
	made  map[string]bool
}

func (v *Volumes) has(name string) bool {
	v.guard.RLock()
	defer v.guard.RUnlock()
	return v.made[name]
}

func (v *Volumes) record(name string) {
	v.guard.Lock()
	defer v.guard.Unlock()
	v.made[name] = true
}

// The name's lock, held until the deferred unlock runs, covers the test and the record.
func (v *Volumes) Create(name string) bool {
	unlock := v.names.Lock(name)
	defer unlock()
	if v.has(name) {
		return false
	}
	v.record(name)
	return true
}

// Let go before the record: another Create of the name can run in between.
func (v *Volumes) CreateEarly(name string) bool {
	unlock := v.names.Lock(name)
	exists := v.has(name)
	unlock()
	if exists {
		return false
	}
	v.record(name) // Noncompliant [TOCTOU001] {{v.made[name] is checked at line 83 and changed at line 88 by v.record(name), checked under the read lock v.guard and changed under the write lock taken at line 88, inside record() without re-checking}}
	return true
}
