// https://github.com/RichardKnop/machinery/pull/720
// The eager lock loaded the key's timeout from a sync.Map and, when it was absent or expired, stored a new one, all
// under the register's read lock, which does not exclude other readers: two goroutines could both see the key free and
// both take the lock. The fix makes the check and the store one exclusive critical section.
package eagerlock

import (
	"errors"
	"sync"
	"time"
)

var ErrEagerLockFailed = errors.New("eager lock: failed to acquire lock")

type Lock struct {
	retries  int
	interval time.Duration
	register struct {
		sync.RWMutex
		m sync.Map
	}
}

func (e *Lock) Lock(key string, value int64) error {
	e.register.RLock()
	defer e.register.RUnlock()
	timeout, exist := e.register.m.Load(key)
	if !exist || time.Now().UnixNano() > timeout.(int64) {
		e.register.m.Store(key, value) // Noncompliant [TOCTOU001]
		return nil
	}
	return ErrEagerLockFailed
}
