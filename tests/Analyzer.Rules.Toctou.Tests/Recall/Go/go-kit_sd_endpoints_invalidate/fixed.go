// https://github.com/go-kit/kit/pull/492
// Fixed version: after trading the read lock for the write lock, Endpoints re-checks
// the error/deadline condition before closing the endpoints.
package sd

import (
	"context"
	"io"
	"sync"
	"time"
)

type Handler func(ctx context.Context, request interface{}) (interface{}, error)

type Notification struct {
	Instances []string
	Err       error
}

type handlerCloser struct {
	Handler
	io.Closer
}

type instanceCache struct {
	mtx                sync.RWMutex
	factory            func(instance string) (Handler, io.Closer, error)
	cache              map[string]handlerCloser
	err                error
	handlers           []Handler
	invalidateDeadline time.Time
	invalidateTimeout  time.Duration
}

func (c *instanceCache) Apply(n Notification) {
	c.mtx.Lock()
	defer c.mtx.Unlock()
	if n.Err == nil {
		c.rebuild(n.Instances)
		c.err = nil
		return
	}
	if c.err != nil {
		return
	}
	c.err = n.Err
	c.invalidateDeadline = time.Now().Add(c.invalidateTimeout)
}

func (c *instanceCache) rebuild(instances []string) {
	cache := make(map[string]handlerCloser, len(instances))
	for _, instance := range instances {
		if hc, ok := c.cache[instance]; ok {
			cache[instance] = hc
			delete(c.cache, instance)
			continue
		}
		if h, closer, err := c.factory(instance); err == nil {
			cache[instance] = handlerCloser{h, closer}
		}
	}
	for _, hc := range c.cache {
		if hc.Closer != nil {
			hc.Closer.Close()
		}
	}
	c.handlers = c.handlers[:0]
	for _, hc := range cache {
		c.handlers = append(c.handlers, hc.Handler)
	}
	c.cache = cache
}

func (c *instanceCache) Handlers() ([]Handler, error) {
	c.mtx.RLock()
	if c.err == nil || time.Now().Before(c.invalidateDeadline) {
		defer c.mtx.RUnlock()
		return c.handlers, nil
	}
	c.mtx.RUnlock()

	c.mtx.Lock()
	defer c.mtx.Unlock()
	// Re-check: Apply may have run between RUnlock() and Lock().
	if c.err == nil || time.Now().Before(c.invalidateDeadline) {
		return c.handlers, nil
	}
	c.rebuild(nil)
	return nil, c.err
}

func (c *instanceCache) follow(ns <-chan Notification) {
	go func() {
		for n := range ns {
			c.Apply(n)
		}
	}()
}
