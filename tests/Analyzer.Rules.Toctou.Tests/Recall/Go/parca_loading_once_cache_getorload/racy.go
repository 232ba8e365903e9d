// https://github.com/parca-dev/parca/pull/3768
// LoadingOnceCache only wrapped the loader in a singleflight group; the LRU lookup and the Add
// happened outside it. singleflight merges only overlapping calls, so a caller that missed the
// cache just before another finished loading ran the loader again and re-added the key (#3748).
// Fix: run the whole get-or-load (lookup, load, add) inside sfg.Do.
package parcacache

import (
	"fmt"
	"sync"
)

// call/group: minimal stand-in for golang.org/x/sync/singleflight.
type call struct {
	wg  sync.WaitGroup
	val interface{}
	err error
}

type group struct {
	mu sync.Mutex
	m  map[string]*call
}

func (g *group) Do(key string, fn func() (interface{}, error)) (interface{}, error) {
	g.mu.Lock()
	if g.m == nil {
		g.m = map[string]*call{}
	}
	if c, ok := g.m[key]; ok {
		g.mu.Unlock()
		c.wg.Wait()
		return c.val, c.err
	}
	c := &call{}
	c.wg.Add(1)
	g.m[key] = c
	g.mu.Unlock()
	c.val, c.err = fn()
	c.wg.Done()
	g.mu.Lock()
	delete(g.m, key)
	g.mu.Unlock()
	return c.val, c.err
}

// lru is internally synchronized, like parca's LRUCacheWithTTL.
type lru struct {
	mu sync.Mutex
	m  map[string][]byte
}

func (l *lru) Get(k string) ([]byte, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	v, ok := l.m[k]
	return v, ok
}

func (l *lru) Add(k string, v []byte) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.m[k] = v
}

type LoaderFunc func(key string) ([]byte, error)

type LoadingLRUCache struct {
	lru    *lru
	loader LoaderFunc
}

func (c *LoadingLRUCache) getOrLoad(key string) ([]byte, error) {
	if v, ok := c.lru.Get(key); ok {
		return v, nil
	}
	v, err := c.loader(key)
	if err != nil {
		return nil, err
	}
	c.lru.Add(key, v) // Noncompliant
	return v, nil
}

func (c *LoadingLRUCache) Get(key string) ([]byte, error) {
	return c.getOrLoad(key)
}

// NewLoadingOnceCache deduplicates only the loader call itself.
func NewLoadingOnceCache(loader LoaderFunc) *LoadingLRUCache {
	sfg := &group{}
	return &LoadingLRUCache{
		lru: &lru{m: map[string][]byte{}},
		loader: func(key string) ([]byte, error) {
			v, err := sfg.Do(fmt.Sprintf("%v", key), func() (interface{}, error) {
				return loader(key)
			})
			if err != nil {
				return nil, err
			}
			return v.([]byte), nil
		},
	}
}

// fetchAll is how the debuginfo/symbolizer paths use the cache: one goroutine per request.
func fetchAll(c *LoadingLRUCache, keys []string) {
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
