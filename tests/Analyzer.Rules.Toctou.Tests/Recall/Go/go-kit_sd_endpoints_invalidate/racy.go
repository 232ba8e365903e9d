// https://github.com/go-kit/kit/pull/492
// endpointCache.Endpoints checked c.err/invalidateDeadline under the read lock, released it,
// took the write lock and closed every endpoint. An Update with fresh instances from the
// service-discovery goroutine could land between RUnlock and Lock, and its endpoints were
// then wiped. The merged version re-checks the condition after taking the write lock.
package sd

import (
	"context"
	"io"
	"sync"
	"time"
)

type Endpoint func(ctx context.Context, request interface{}) (interface{}, error)

type Event struct {
	Instances []string
	Err       error
}

type endpointCloser struct {
	Endpoint
	io.Closer
}

type endpointCache struct {
	mtx                sync.RWMutex
	factory            func(instance string) (Endpoint, io.Closer, error)
	cache              map[string]endpointCloser
	err                error
	endpoints          []Endpoint
	invalidateDeadline time.Time
	invalidateTimeout  time.Duration
}

// Update is called by the discovery goroutine for every instancer event.
func (c *endpointCache) Update(event Event) {
	c.mtx.Lock()
	defer c.mtx.Unlock()
	if event.Err == nil {
		c.updateCache(event.Instances)
		c.err = nil
		return
	}
	if c.err != nil {
		return
	}
	c.err = event.Err
	c.invalidateDeadline = time.Now().Add(c.invalidateTimeout)
}

func (c *endpointCache) updateCache(instances []string) {
	cache := make(map[string]endpointCloser, len(instances))
	for _, instance := range instances {
		if sc, ok := c.cache[instance]; ok {
			cache[instance] = sc
			delete(c.cache, instance)
			continue
		}
		if ep, closer, err := c.factory(instance); err == nil {
			cache[instance] = endpointCloser{ep, closer}
		}
	}
	for _, sc := range c.cache {
		if sc.Closer != nil {
			sc.Closer.Close()
		}
	}
	c.endpoints = c.endpoints[:0]
	for _, sc := range cache {
		c.endpoints = append(c.endpoints, sc.Endpoint)
	}
	c.cache = cache
}

// Endpoints is called by load balancers on every request.
func (c *endpointCache) Endpoints() ([]Endpoint, error) {
	c.mtx.RLock()
	if c.err == nil || time.Now().Before(c.invalidateDeadline) {
		defer c.mtx.RUnlock()
		return c.endpoints, nil
	}
	c.mtx.RUnlock()

	c.mtx.Lock()
	defer c.mtx.Unlock()
	c.updateCache(nil) // Noncompliant
	return nil, c.err
}

func (c *endpointCache) watch(events <-chan Event) {
	go func() {
		for ev := range events {
			c.Update(ev)
		}
	}()
}
