// https://github.com/langgenius/dify-sandbox/pull/237
// Fixed version: the limit check and the increment happen inside one write-locked
// tryAcquire, and release decrements under the same lock.
package middleware

import (
	"net/http"
	"sync"
)

// Ctx is a small stand-in for *gin.Context.
type Ctx struct {
	stopped bool
	code    int
	chain   func()
}

func (c *Ctx) Proceed()                         { c.chain() }
func (c *Ctx) Stop()                            { c.stopped = true }
func (c *Ctx) Reply(code int, body interface{}) { c.code = code }

// Handler is a small stand-in for gin.HandlerFunc.
type Handler func(*Ctx)

// WorkerLimit bounds the number of handlers running at once with a semaphore.
func WorkerLimit(max int) Handler {
	slots := make(chan struct{}, max)
	return func(c *Ctx) {
		slots <- struct{}{}
		defer func() { <-slots }()
		c.Proceed()
	}
}

type inflightLimiter struct {
	running int
	mu      *sync.RWMutex
}

func (l *inflightLimiter) tryAcquire(max int) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.running >= max {
		return false
	}
	l.running++
	return true
}

func (l *inflightLimiter) release() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.running--
}

// RequestLimit rejects requests once max of them are in flight.
func RequestLimit(max int) Handler {
	l := &inflightLimiter{mu: &sync.RWMutex{}}
	return func(c *Ctx) {
		if !l.tryAcquire(max) {
			c.Reply(http.StatusServiceUnavailable, "Too many requests")
			c.Stop()
			return
		}
		defer l.release()
		c.Proceed()
	}
}
