// https://github.com/gohugoio/hugo/issues/15237
package hstore

import (
	"sort"
	"sync"
)

type Store struct {
	values map[string]any
	mu     sync.RWMutex
}

func NewStore() *Store {
	return &Store{values: make(map[string]any)}
}

func (c *Store) PutInMap(key string, mapKey string, value any) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, found := c.values[key]; !found {
		c.values[key] = make(map[string]any)
	}
	c.values[key].(map[string]any)[mapKey] = value
	return ""
}

func (c *Store) SortedMapValues(key string) any {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if c.values[key] == nil {
		return nil
	}
	unsortedMap := c.values[key].(map[string]any)
	var keys []string
	for mapKey := range unsortedMap {
		keys = append(keys, mapKey)
	}
	sort.Strings(keys)
	sortedArray := make([]any, len(keys))
	for i, mapKey := range keys {
		sortedArray[i] = unsortedMap[mapKey]
	}
	return sortedArray
}

func RenderPagesSafely(s *Store, pages []string) {
	var wg sync.WaitGroup
	for _, p := range pages {
		wg.Add(1)
		go func(page string) {
			defer wg.Done()
			s.PutInMap("refs", page, len(page))
			_ = s.SortedMapValues("refs")
		}(p)
	}
	wg.Wait()
}
