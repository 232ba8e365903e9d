// https://github.com/kubescape/kubescape/issues/2294 (fix: https://github.com/kubescape/kubescape/pull/2295)
// TimedCache runs a background invalidateTask goroutine. On every tick it took the mutex,
// computed "expired" from c.expiration, released the mutex and then called
// invalidateExternal, which locks again and clears the cache unconditionally. A Set from a
// policy-handler goroutine in between stored a fresh value with a new expiration, and the
// ticker goroutine then wiped it. The fix holds the mutex across the expiry check and the
// clear.
package policyhandler

import (
	"sync"
	"time"
)

type TimedCache[T any] struct {
	value      T
	isSet      bool
	ttl        time.Duration
	expiration time.Time
	mutex      sync.RWMutex
	stopChan   chan struct{}
}

func NewTimedCache[T any](ttl time.Duration) *TimedCache[T] {
	c := &TimedCache[T]{ttl: ttl, stopChan: make(chan struct{})}
	if ttl > 0 {
		go c.invalidateTask()
	}
	return c
}

// Set is called by the policy handler after it downloaded fresh policies.
func (c *TimedCache[T]) Set(value T) {
	c.mutex.Lock()
	defer c.mutex.Unlock()
	c.value = value
	c.isSet = true
	c.expiration = time.Now().Add(c.ttl)
}

func (c *TimedCache[T]) Get() (T, bool) {
	c.mutex.RLock()
	defer c.mutex.RUnlock()
	if !c.isSet || time.Now().After(c.expiration) {
		return c.value, false
	}
	return c.value, true
}

func (c *TimedCache[T]) invalidateTask() {
	ticker := time.NewTicker(c.ttl)
	defer ticker.Stop()
	for {
		select {
		case <-ticker.C:
			c.mutex.Lock()
			expired := time.Now().After(c.expiration)
			c.mutex.Unlock()
			if expired {
				c.invalidateExternal() // Noncompliant
			}
		case <-c.stopChan:
			return
		}
	}
}

func (c *TimedCache[T]) Invalidate() {
	c.invalidateExternal()
}

func (c *TimedCache[T]) invalidateExternal() {
	c.mutex.Lock()
	defer c.mutex.Unlock()
	c.isSet = false
}

func (c *TimedCache[T]) Stop() {
	close(c.stopChan)
}
