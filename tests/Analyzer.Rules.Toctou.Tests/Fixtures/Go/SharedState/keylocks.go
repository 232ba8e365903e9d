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
