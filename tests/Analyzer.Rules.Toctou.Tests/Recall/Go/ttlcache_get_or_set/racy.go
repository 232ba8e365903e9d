// https://github.com/jellydator/ttlcache/pull/107
// Cache.GetOrSet() called getWithOpts(), which locks c.items.mu only around the lookup, and then
// Set(), which locks it again for the insert (issue #97). Two goroutines missing the same key
// both insert: the later one silently replaces the first item and both callers report that the
// key was absent. Fix: lock c.items.mu once around the lookup and the set.
package ttlcache

import (
	"container/list"
	"sync"
	"time"
)

type Item[K comparable, V any] struct {
	key       K
	value     V
	ttl       time.Duration
	expiresAt time.Time
}

func (it *Item[K, V]) Value() V { return it.value }

func (it *Item[K, V]) isExpiredUnsafe() bool {
	return it.ttl > 0 && time.Now().After(it.expiresAt)
}

type Cache[K comparable, V any] struct {
	items struct {
		mu     sync.RWMutex
		values map[K]*list.Element
		lru    *list.List
	}
	ttl time.Duration
}

func New[K comparable, V any](ttl time.Duration) *Cache[K, V] {
	c := &Cache[K, V]{ttl: ttl}
	c.items.values = make(map[K]*list.Element)
	c.items.lru = list.New()
	return c
}

// get and set must be called with c.items.mu held.
func (c *Cache[K, V]) get(key K) *list.Element {
	elem := c.items.values[key]
	if elem == nil || elem.Value.(*Item[K, V]).isExpiredUnsafe() {
		return nil
	}
	c.items.lru.MoveToFront(elem)
	return elem
}

func (c *Cache[K, V]) set(key K, value V, ttl time.Duration) *Item[K, V] {
	item := &Item[K, V]{key: key, value: value, ttl: ttl, expiresAt: time.Now().Add(ttl)}
	if elem := c.items.values[key]; elem != nil {
		elem.Value = item
		c.items.lru.MoveToFront(elem)
		return item
	}
	c.items.values[key] = c.items.lru.PushFront(item)
	return item
}

func (c *Cache[K, V]) getWithOpts(key K) *Item[K, V] {
	c.items.mu.Lock()
	elem := c.get(key)
	c.items.mu.Unlock()
	if elem == nil {
		return nil
	}
	return elem.Value.(*Item[K, V])
}

func (c *Cache[K, V]) Get(key K) *Item[K, V] { return c.getWithOpts(key) }

func (c *Cache[K, V]) Set(key K, value V, ttl time.Duration) *Item[K, V] {
	c.items.mu.Lock()
	defer c.items.mu.Unlock()
	return c.set(key, value, ttl)
}

// GetOrSet returns the item for key, or stores value; the bool is true if the item was found.
func (c *Cache[K, V]) GetOrSet(key K, value V) (*Item[K, V], bool) {
	if item := c.getWithOpts(key); item != nil {
		return item, true
	}
	return c.Set(key, value, c.ttl), false // Noncompliant
}
