// https://github.com/kubescape/kubescape/issues/2294 (fix: https://github.com/kubescape/kubescape/pull/2295)
// Fixed version: the ticker goroutine keeps the mutex from the expiry check through the
// clear, so a concurrent store with a new expiration is never wiped.
package policyhandler

import (
	"sync"
	"time"
)

type ExpiringValue[T any] struct {
	value      T
	isSet      bool
	ttl        time.Duration
	expiration time.Time
	mutex      sync.RWMutex
	stopChan   chan struct{}
}

func NewExpiringValue[T any](ttl time.Duration) *ExpiringValue[T] {
	e := &ExpiringValue[T]{ttl: ttl, stopChan: make(chan struct{})}
	if ttl > 0 {
		go e.sweepLoop()
	}
	return e
}

func (e *ExpiringValue[T]) Store(value T) {
	e.mutex.Lock()
	defer e.mutex.Unlock()
	e.value = value
	e.isSet = true
	e.expiration = time.Now().Add(e.ttl)
}

func (e *ExpiringValue[T]) Load() (T, bool) {
	e.mutex.RLock()
	defer e.mutex.RUnlock()
	if !e.isSet || time.Now().After(e.expiration) {
		return e.value, false
	}
	return e.value, true
}

func (e *ExpiringValue[T]) sweepLoop() {
	ticker := time.NewTicker(e.ttl)
	defer ticker.Stop()
	for {
		select {
		case <-ticker.C:
			e.mutex.Lock()
			if time.Now().After(e.expiration) {
				e.dropLocked()
			}
			e.mutex.Unlock()
		case <-e.stopChan:
			return
		}
	}
}

func (e *ExpiringValue[T]) Drop() {
	e.mutex.Lock()
	defer e.mutex.Unlock()
	e.dropLocked()
}

// dropLocked must be called with e.mutex held.
func (e *ExpiringValue[T]) dropLocked() {
	e.isSet = false
}

func (e *ExpiringValue[T]) Close() {
	close(e.stopChan)
}
