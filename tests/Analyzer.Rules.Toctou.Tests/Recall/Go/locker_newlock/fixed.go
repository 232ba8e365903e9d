// https://github.com/BurntSushi/locker/pull/1
// Fixed version: the creating helper re-checks the map while holding the write lock
// and hands back the mutex some other goroutine already stored for the key.
package locker

import (
	"fmt"
	"sync"
)

// KeyedLocks is a set of named read/write mutexes, used from many goroutines at once.
type KeyedLocks struct {
	byKey map[string]*sync.RWMutex
	mu    *sync.RWMutex
}

var sharedLocks = NewKeyedLocks()

func Acquire(key string) { sharedLocks.Acquire(key) }
func Release(key string) { sharedLocks.Release(key) }

func NewKeyedLocks() *KeyedLocks {
	return &KeyedLocks{byKey: make(map[string]*sync.RWMutex), mu: new(sync.RWMutex)}
}

func (k *KeyedLocks) Acquire(key string) {
	lk, ok := k.lookup(key)
	if !ok {
		lk = k.lookupOrCreate(key)
	}
	lk.Lock()
}

func (k *KeyedLocks) Release(key string) {
	lk, ok := k.lookup(key)
	if !ok {
		panic(fmt.Errorf("lock for key %q not initialized", key))
	}
	lk.Unlock()
}

func (k *KeyedLocks) lookupOrCreate(key string) *sync.RWMutex {
	k.mu.Lock()
	defer k.mu.Unlock()

	if lk, ok := k.byKey[key]; ok {
		return lk
	}
	lk := new(sync.RWMutex)
	k.byKey[key] = lk
	return lk
}

func (k *KeyedLocks) lookup(key string) (*sync.RWMutex, bool) {
	k.mu.RLock()
	defer k.mu.RUnlock()

	lk, ok := k.byKey[key]
	return lk, ok
}
