package cache

import (
	"fmt"
	"sync"
)

// threadSafeMap embeds its mutex.
type threadSafeMap struct {
	sync.RWMutex
	items   map[string]interface{}
	indexer Indexer
}

type Indexer interface {
	Index(name string, obj interface{}) ([]interface{}, error)
}

func (c *threadSafeMap) Add(key string, obj interface{}) {
	c.Lock()
	defer c.Unlock()
	if _, exists := c.items[key]; exists {
		return
	}
	c.items[key] = obj
}

func (c *threadSafeMap) Get(key string) (item interface{}, exists bool) {
	c.RLock()
	defer c.RUnlock()
	item, exists = c.items[key]
	return item, exists
}

func (c *threadSafeMap) Delete(key string) error {
	c.Lock()
	defer func() {
		c.Unlock()
	}()
	if obj, ok := c.items[key]; !ok {
		return fmt.Errorf("key %q not found:\t%v", key, obj)
	}
	delete(c.items, key)
	return nil
}
