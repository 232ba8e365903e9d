// https://github.com/Code-Hex/go-generics-cache/pull/2
// NumberCache.Increment read the current item with GetItem (cache read lock) and then wrote
// value+n back with SetItem (cache write lock): two separate critical sections. When two
// goroutines increment the same key at the same time, both read the same old value and both
// store old+n, so one increment is lost (the PR adds a test that shows the lost update). The fix
// adds a NumberCache-level mutex that is held across the read and the write of
// Increment/Decrement.
package cache

import (
	"errors"
	"sync"
	"time"
)

var errItemNotFound = errors.New("not found item")

type item struct {
	value     int64
	createdAt time.Time
}

type Cache struct {
	mu    sync.RWMutex
	items map[string]item
}

func (c *Cache) GetItem(k string) (item, error) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	got, found := c.items[k]
	if !found {
		return item{}, errItemNotFound
	}
	return got, nil
}

func (c *Cache) SetItem(k string, v item) {
	c.mu.Lock()
	c.items[k] = v
	c.mu.Unlock()
}

// NumberCache is shared by goroutines that count things under the same keys.
type NumberCache struct {
	*Cache
}

// Increment adds n to the stored number and returns the new value.
func (nc *NumberCache) Increment(k string, n int64) (int64, error) {
	got, err := nc.Cache.GetItem(k)
	if err != nil {
		return 0, err
	}
	nv := got.value + n
	got.value = nv
	nc.Cache.SetItem(k, got) // Noncompliant
	return nv, nil
}

func countHits(nc *NumberCache, key string, workers int) {
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = nc.Increment(key, 1)
		}()
	}
	wg.Wait()
}
