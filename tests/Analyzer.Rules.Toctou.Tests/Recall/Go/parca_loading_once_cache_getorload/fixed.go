// https://github.com/parca-dev/parca/pull/3768 (merged)
// LoadingOnceCache.Get runs getOrLoad as a whole inside the singleflight group, so a later
// caller for the same key re-does the lookup under the group and finds the cached value.
package parcacache

import (
	"fmt"
	"sync"
)

type flight struct {
	wg  sync.WaitGroup
	val interface{}
	err error
}

type flightGroup struct {
	mu sync.Mutex
	m  map[string]*flight
}

func (g *flightGroup) Do(key string, fn func() (interface{}, error)) (interface{}, error) {
	g.mu.Lock()
	if g.m == nil {
		g.m = map[string]*flight{}
	}
	if f, ok := g.m[key]; ok {
		g.mu.Unlock()
		f.wg.Wait()
		return f.val, f.err
	}
	f := &flight{}
	f.wg.Add(1)
	g.m[key] = f
	g.mu.Unlock()
	f.val, f.err = fn()
	f.wg.Done()
	g.mu.Lock()
	delete(g.m, key)
	g.mu.Unlock()
	return f.val, f.err
}

type ttlLRU struct {
	mu sync.Mutex
	m  map[string][]byte
}

func (l *ttlLRU) Get(k string) ([]byte, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	v, ok := l.m[k]
	return v, ok
}

func (l *ttlLRU) Add(k string, v []byte) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.m[k] = v
}

type OnceLoaderFunc func(key string) ([]byte, error)

type LoadingOnceCache struct {
	lru    *ttlLRU
	loader OnceLoaderFunc
	sfg    *flightGroup
}

func NewLoadingOnceCacheFixed(loader OnceLoaderFunc) *LoadingOnceCache {
	return &LoadingOnceCache{lru: &ttlLRU{m: map[string][]byte{}}, loader: loader, sfg: &flightGroup{}}
}

func (c *LoadingOnceCache) getOrLoad(key string) ([]byte, error) {
	if v, ok := c.lru.Get(key); ok {
		return v, nil
	}
	v, err := c.loader(key)
	if err != nil {
		return nil, err
	}
	c.lru.Add(key, v)
	return v, nil
}

func (c *LoadingOnceCache) Get(key string) ([]byte, error) {
	val, err := c.sfg.Do(fmt.Sprintf("%v", key), func() (interface{}, error) {
		return c.getOrLoad(key)
	})
	if err != nil {
		return nil, err
	}
	return val.([]byte), nil
}

func fetchAllOnce(c *LoadingOnceCache, keys []string) {
	var wg sync.WaitGroup
	for _, k := range keys {
		wg.Add(1)
		go func(k string) {
			defer wg.Done()
			_, _ = c.Get(k)
		}(k)
	}
	wg.Wait()
}
