// https://github.com/RichardKnop/machinery/pull/720
// Fixed version: the register's write lock is held from the lookup to the store.
package eagerlock

import (
	"sync"
	"time"
)

type ExclusiveLock struct {
	retries  int
	interval time.Duration
	register struct {
		sync.Mutex
		m map[string]int64
	}
}

func (e *ExclusiveLock) Lock(key string, value int64) error {
	e.register.Lock()
	defer e.register.Unlock()
	timeout, exist := e.register.m[key]
	if !exist || time.Now().UnixNano() > timeout {
		e.register.m[key] = value
		return nil
	}
	return ErrEagerLockFailed
}
