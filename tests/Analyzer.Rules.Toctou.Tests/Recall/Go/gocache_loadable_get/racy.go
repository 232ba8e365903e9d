// https://github.com/eko/gocache/issues/242 (fix: https://github.com/eko/gocache/pull/243, completed by
// https://github.com/eko/gocache/pull/272 for https://github.com/eko/gocache/issues/271)
// LoadableCache.Get looks the key up in the cache and, on a miss, calls the load function and queues the
// result for the setter goroutine. Concurrent Gets of the same missing key all see the miss and all run
// the loader and queue a set. The fix runs the whole lookup-load-store sequence inside singleflight.Do.
package cache

import (
	"context"
	"sync"
)

type LoadFunction[T any] func(ctx context.Context, key any) (T, error)

type CacheInterface[T any] interface {
	Get(ctx context.Context, key any) (T, error)
	Set(ctx context.Context, key any, object T) error
}

type loadableKeyValue[T any] struct {
	key   any
	value T
}

// LoadableCache represents a cache that uses a function to load data.
type LoadableCache[T any] struct {
	loadFunc   LoadFunction[T]
	cache      CacheInterface[T]
	setChannel chan *loadableKeyValue[T]
	setterWg   *sync.WaitGroup
}

func NewLoadable[T any](loadFunc LoadFunction[T], cache CacheInterface[T]) *LoadableCache[T] {
	loadable := &LoadableCache[T]{
		loadFunc:   loadFunc,
		cache:      cache,
		setChannel: make(chan *loadableKeyValue[T], 10000),
		setterWg:   &sync.WaitGroup{},
	}
	loadable.setterWg.Add(1)
	go loadable.setter()
	return loadable
}

func (c *LoadableCache[T]) setter() {
	defer c.setterWg.Done()
	for item := range c.setChannel {
		c.cache.Set(context.Background(), item.key, item.value)
	}
}

// Get returns the object stored in cache if it exists, loading it otherwise.
func (c *LoadableCache[T]) Get(ctx context.Context, key any) (T, error) {
	object, err := c.cache.Get(ctx, key)
	if err == nil {
		return object, err
	}

	// Unable to find in cache, try to load it from load function
	object, err = c.loadFunc(ctx, key) // Noncompliant
	if err != nil {
		return object, err
	}

	// Then, put it back in cache
	c.setChannel <- &loadableKeyValue[T]{key, object}
	return object, err
}

func (c *LoadableCache[T]) Close() error {
	close(c.setChannel)
	c.setterWg.Wait()
	return nil
}
