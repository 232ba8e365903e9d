// https://github.com/langgenius/dify-sandbox/pull/237
// The MaxRequest gin middleware compared the in-flight counter with the limit under
// the read lock, released it, and incremented the counter later under the write lock.
// Concurrent requests (each served on its own goroutine) could all pass the check before
// any of them incremented, so more than max requests ran at once. The fix checks and
// increments in one critical section (tryAcquire).
package middleware

import (
	"net/http"
	"sync"
)

// Context is a small stand-in for *gin.Context.
type Context struct {
	aborted bool
	status  int
	next    func()
}

func (c *Context) Next()                          { c.next() }
func (c *Context) Abort()                         { c.aborted = true }
func (c *Context) JSON(code int, obj interface{}) { c.status = code }

// HandlerFunc is a small stand-in for gin.HandlerFunc.
type HandlerFunc func(*Context)

// MaxWorker bounds the number of handlers running at once with a semaphore.
func MaxWorker(max int) HandlerFunc {
	sem := make(chan struct{}, max)
	return func(c *Context) {
		sem <- struct{}{}
		defer func() { <-sem }()
		c.Next()
	}
}

type MaxRequestIface struct {
	current int
	lock    *sync.RWMutex
}

// MaxRequest rejects requests once max of them are in flight.
func MaxRequest(max int) HandlerFunc {
	m := &MaxRequestIface{current: 0, lock: &sync.RWMutex{}}
	return func(c *Context) {
		m.lock.RLock()
		if m.current >= max {
			m.lock.RUnlock()
			c.JSON(http.StatusServiceUnavailable, "Too many requests")
			c.Abort()
			return
		}
		m.lock.RUnlock()
		m.lock.Lock()
		m.current++ // Noncompliant
		m.lock.Unlock()
		c.Next()
		m.lock.Lock()
		m.current--
		m.lock.Unlock()
	}
}
