// https://github.com/blevesearch/bleve/issues/349
package registry

import (
	"fmt"
	"sync"
)

type cacheBuild func(name string) (interface{}, error)

type ConcurrentCache struct {
	mutex sync.RWMutex
	data  map[string]interface{}
}

func NewConcurrentCache() *ConcurrentCache {
	return &ConcurrentCache{data: make(map[string]interface{})}
}

func (c *ConcurrentCache) ItemNamed(name string, build cacheBuild) (interface{}, error) {
	c.mutex.RLock()
	item, cached := c.data[name]
	c.mutex.RUnlock()
	if cached {
		return item, nil
	}
	newItem, err := build(name)
	if err != nil {
		return nil, err
	}
	c.mutex.Lock()
	defer c.mutex.Unlock()
	// another goroutine may have stored it while we were building
	if item, cached = c.data[name]; cached {
		return item, nil
	}
	c.data[name] = newItem
	return newItem, nil
}

type SafeFragmenterCache struct {
	*ConcurrentCache
}

func buildFragmenter(name string) (interface{}, error) {
	cons, registered := fragmenters[name]
	if !registered {
		return nil, fmt.Errorf("no fragmenter with name '%s' registered", name)
	}
	return cons(nil)
}

func (c *SafeFragmenterCache) NamedFragmenter(name string) (Fragmenter, error) {
	item, err := c.ItemNamed(name, buildFragmenter)
	if err != nil {
		return nil, err
	}
	return item.(Fragmenter), nil
}

func HighlightAllSafely(c *SafeFragmenterCache, docs []string) {
	var wg sync.WaitGroup
	for _, d := range docs {
		wg.Add(1)
		go func(doc string) {
			defer wg.Done()
			if f, err := c.NamedFragmenter("simple"); err == nil {
				_ = f.Fragment(doc)
			}
		}(d)
	}
	wg.Wait()
}
