// https://github.com/gohugoio/hugo/issues/15237
// Scratch.GetSortedMapValues checked under the read lock that the key holds a map, released the
// lock, and then iterated and indexed that map. SetInMap (called from other templates rendered in
// parallel against the shared hugo.Store) writes into the same map under the write lock, so Go
// aborted with "concurrent map iteration and map write". Fix (PR #15244): hold the read lock for
// the whole read (defer RUnlock).
package hstore

import (
	"sort"
	"sync"
)

type Scratch struct {
	values map[string]any
	mu     sync.RWMutex
}

func NewScratch() *Scratch {
	return &Scratch{values: make(map[string]any)}
}

// SetInMap stores a value into the map held at key.
func (c *Scratch) SetInMap(key string, mapKey string, value any) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, found := c.values[key]
	if !found {
		c.values[key] = make(map[string]any)
	}
	c.values[key].(map[string]any)[mapKey] = value
	return ""
}

func (c *Scratch) GetSortedMapValues(key string) any {
	c.mu.RLock()
	if c.values[key] == nil {
		c.mu.RUnlock()
		return nil
	}
	unsortedMap := c.values[key].(map[string]any)
	c.mu.RUnlock()
	var keys []string
	for mapKey := range unsortedMap { // Noncompliant
		keys = append(keys, mapKey)
	}
	sort.Strings(keys)
	sortedArray := make([]any, len(keys))
	for i, mapKey := range keys {
		sortedArray[i] = unsortedMap[mapKey]
	}
	return sortedArray
}

// RenderPages mimics templates of many pages rendered concurrently using the same store.
func RenderPages(s *Scratch, pages []string) {
	var wg sync.WaitGroup
	for _, p := range pages {
		wg.Add(1)
		go func(page string) {
			defer wg.Done()
			s.SetInMap("refs", page, len(page))
			_ = s.GetSortedMapValues("refs")
		}(p)
	}
	wg.Wait()
}
