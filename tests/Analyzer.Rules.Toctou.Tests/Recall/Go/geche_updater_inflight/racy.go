// https://github.com/C-Pro/geche/pull/16
// Updater.Get looked up inFlight[key] under RLock (waitInFlight), released the
// lock, and later took the write lock to store a fresh channel. Several
// goroutines that missed the cache at once all passed the lookup and each
// wrote its own channel; only the last one got closed, so readers waiting on
// the others blocked forever. Fix: check and register the in-flight channel
// while holding the write lock once.
package geche

import (
	"errors"
	"sync"
)

var ErrNotFound = errors.New("not found")

type Geche[K comparable, V any] interface {
	Get(key K) (V, error)
	Set(key K, value V)
}

type Updater[K comparable, V any] struct {
	cache    Geche[K, V]
	updateFn func(key K) (V, error)
	inFlight map[K]chan struct{}
	mux      sync.RWMutex
}

func (u *Updater[K, V]) waitInFlight(key K) bool {
	u.mux.RLock()
	ch, ok := u.inFlight[key]
	u.mux.RUnlock()
	if !ok {
		return false
	}
	<-ch
	return true
}

func (u *Updater[K, V]) Get(key K) (V, error) {
	v, err := u.cache.Get(key)
	if err == ErrNotFound {
		if u.waitInFlight(key) {
			return u.cache.Get(key)
		}

		u.mux.Lock()
		u.inFlight[key] = make(chan struct{}) // Noncompliant
		u.mux.Unlock()
		defer func() {
			u.mux.Lock()
			if ch, ok := u.inFlight[key]; ok {
				close(ch)
				delete(u.inFlight, key)
			}
			u.mux.Unlock()
		}()

		v, err = u.updateFn(key)
		if err != nil {
			return v, err
		}
		u.cache.Set(key, v) // Noncompliant
	}
	return v, err
}
