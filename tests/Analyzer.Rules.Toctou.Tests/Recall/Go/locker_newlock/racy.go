// https://github.com/BurntSushi/locker/pull/1
// Lock(key) looked the named mutex up under the read lock (getLock) and, if missing,
// called newLock, which took the write lock and stored a fresh mutex without checking
// again. Two goroutines locking the same new key could each install their own mutex,
// so both "held" the lock and a later Unlock hit the wrong one. The fix makes newLock
// return the existing mutex if another goroutine created it first.
package locker

import (
	"fmt"
	"sync"
)

// Locker is a set of named read/write mutexes, used from many goroutines at once.
type Locker struct {
	locks   map[string]*sync.RWMutex
	locksRW *sync.RWMutex
}

var defaultLocker = NewLocker()

func Lock(key string)   { defaultLocker.Lock(key) }
func Unlock(key string) { defaultLocker.Unlock(key) }

func NewLocker() *Locker {
	return &Locker{locks: make(map[string]*sync.RWMutex), locksRW: new(sync.RWMutex)}
}

func (lker *Locker) Lock(key string) {
	lk, ok := lker.getLock(key)
	if !ok {
		lk = lker.newLock(key) // Noncompliant
	}
	lk.Lock()
}

func (lker *Locker) Unlock(key string) {
	lk, ok := lker.getLock(key)
	if !ok {
		panic(fmt.Errorf("lock for key %q not initialized", key))
	}
	lk.Unlock()
}

func (lker *Locker) newLock(key string) *sync.RWMutex {
	lker.locksRW.Lock()
	defer lker.locksRW.Unlock()

	lk := new(sync.RWMutex)
	lker.locks[key] = lk
	return lk
}

func (lker *Locker) getLock(key string) (*sync.RWMutex, bool) {
	lker.locksRW.RLock()
	defer lker.locksRW.RUnlock()

	lk, ok := lker.locks[key]
	return lk, ok
}
