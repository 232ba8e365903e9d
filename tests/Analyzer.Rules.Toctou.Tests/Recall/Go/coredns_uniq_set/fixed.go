// https://github.com/coredns/coredns/pull/7707
// Fixed version: the set is a pointer guarded by an RWMutex; Set does a read-locked fast check
// and then repeats the check under the write lock before inserting, and ForEach holds the lock.
package uniq

import "sync"

type SafeU struct {
	sync.RWMutex
	u map[string]item
}

func NewSafe() *SafeU { return &SafeU{u: make(map[string]item)} }

func (u *SafeU) Set(key string, f func() error) {
	u.RLock()
	_, ok := u.u[key]
	u.RUnlock()
	if ok {
		return
	}

	u.Lock()
	defer u.Unlock()
	if _, ok := u.u[key]; ok {
		return
	}
	u.u[key] = item{todo, f}
}

func (u *SafeU) ForEach() error {
	u.Lock()
	defer u.Unlock()
	for k, v := range u.u {
		if v.state == todo {
			if err := v.f(); err == nil {
				v.state = done
				u.u[k] = v
			}
		}
	}
	return nil
}

var safeListeners = NewSafe()

func reloadSafe(addrs []string, start func() error) {
	go func() {
		for _, a := range addrs {
			safeListeners.Set(a, start)
		}
	}()
	_ = safeListeners.ForEach()
}
