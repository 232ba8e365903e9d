// https://github.com/C-Pro/geche/pull/16
// Fixed: the in-flight lookup and the registration of the new channel happen
// under one write-lock hold, so only one goroutine runs the update per key.
package geche

import "sync"

type SafeUpdater[K comparable, V any] struct {
	cache    Geche[K, V]
	updateFn func(key K) (V, error)
	inFlight map[K]chan struct{}
	mux      sync.Mutex
}

func (u *SafeUpdater[K, V]) Fetch(key K) (V, error) {
	v, err := u.cache.Get(key)
	if err != ErrNotFound {
		return v, err
	}

	u.mux.Lock()
	if ch, ok := u.inFlight[key]; ok {
		u.mux.Unlock()
		<-ch
		return u.cache.Get(key)
	}
	ch := make(chan struct{})
	u.inFlight[key] = ch
	u.mux.Unlock()

	defer func() {
		u.mux.Lock()
		delete(u.inFlight, key)
		close(ch)
		u.mux.Unlock()
	}()

	v, err = u.updateFn(key)
	if err != nil {
		return v, err
	}
	u.cache.Set(key, v)
	return v, nil
}
