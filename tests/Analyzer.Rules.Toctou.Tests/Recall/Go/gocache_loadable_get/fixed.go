// https://github.com/eko/gocache/issues/242 (fix: https://github.com/eko/gocache/pull/243, completed by
// https://github.com/eko/gocache/pull/272 for https://github.com/eko/gocache/issues/271)
// Fixed version: the pending-set lookup, the cache lookup, the load and the queued store all run inside
// one singleflight call per key, so concurrent Gets of a missing key run the loader once.
package cache

import (
	"context"
	"fmt"
	"sync"
)

type Loader[T any] func(ctx context.Context, key any) (T, error)

type Backend[T any] interface {
	Get(ctx context.Context, key any) (T, error)
	Set(ctx context.Context, key any, object T) error
}

type pendingSet[T any] struct {
	key, cacheKey any
	value         T
}

// flightGroup is a minimal stand-in for golang.org/x/sync/singleflight.Group.
type flightGroup struct{ mu sync.Mutex }

func (g *flightGroup) Do(key string, fn func() (any, error)) (any, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return fn()
}

type LoadingCache[T any] struct {
	flight   flightGroup
	load     Loader[T]
	backend  Backend[T]
	pending  chan *pendingSet[T]
	setCache sync.Map
	wg       *sync.WaitGroup
}

func NewLoadingCache[T any](load Loader[T], backend Backend[T]) *LoadingCache[T] {
	c := &LoadingCache[T]{load: load, backend: backend, pending: make(chan *pendingSet[T], 10000), wg: &sync.WaitGroup{}}
	c.wg.Add(1)
	go c.drain()
	return c
}

func (c *LoadingCache[T]) drain() {
	defer c.wg.Done()
	for item := range c.pending {
		c.backend.Set(context.Background(), item.key, item.value)
		c.setCache.Delete(item.cacheKey)
	}
}

// Fetch returns the cached object, loading it at most once per key.
func (c *LoadingCache[T]) Fetch(ctx context.Context, key any) (T, error) {
	cacheKey := fmt.Sprint(key)
	raw, err := c.flight.Do(cacheKey, func() (any, error) {
		if v, ok := c.setCache.Load(cacheKey); ok {
			return v, nil
		}
		if object, err := c.backend.Get(ctx, key); err == nil {
			return object, nil
		}
		value, err := c.load(ctx, key)
		if err != nil {
			return nil, err
		}
		c.setCache.Store(cacheKey, value)
		c.pending <- &pendingSet[T]{key: key, cacheKey: cacheKey, value: value}
		return value, nil
	})
	if err != nil {
		return *new(T), err
	}
	return raw.(T), nil
}
