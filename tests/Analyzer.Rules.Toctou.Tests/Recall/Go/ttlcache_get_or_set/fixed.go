// https://github.com/jellydator/ttlcache/pull/107
// Fixed version of the same code (see the racy file's header for the bug and the fix).
package ttlcache

import (
	"container/list"
	"sync"
	"time"
)

type LockedCache[K comparable, V any] struct {
	items struct {
		mu     sync.RWMutex
		values map[K]*list.Element
		lru    *list.List
	}
	ttl time.Duration
}

func NewLocked[K comparable, V any](ttl time.Duration) *LockedCache[K, V] {
	c := &LockedCache[K, V]{ttl: ttl}
	c.items.values = make(map[K]*list.Element)
	c.items.lru = list.New()
	return c
}

func (c *LockedCache[K, V]) get(key K) *list.Element {
	elem := c.items.values[key]
	if elem == nil || elem.Value.(*Item[K, V]).isExpiredUnsafe() {
		return nil
	}
	c.items.lru.MoveToFront(elem)
	return elem
}

func (c *LockedCache[K, V]) set(key K, value V, ttl time.Duration) *Item[K, V] {
	item := &Item[K, V]{key: key, value: value, ttl: ttl, expiresAt: time.Now().Add(ttl)}
	if elem := c.items.values[key]; elem != nil {
		elem.Value = item
		c.items.lru.MoveToFront(elem)
		return item
	}
	c.items.values[key] = c.items.lru.PushFront(item)
	return item
}

func (c *LockedCache[K, V]) Get(key K) *Item[K, V] {
	c.items.mu.Lock()
	defer c.items.mu.Unlock()
	if elem := c.get(key); elem != nil {
		return elem.Value.(*Item[K, V])
	}
	return nil
}

func (c *LockedCache[K, V]) Set(key K, value V, ttl time.Duration) *Item[K, V] {
	c.items.mu.Lock()
	defer c.items.mu.Unlock()
	return c.set(key, value, ttl)
}

// GetOrSet holds the lock across the lookup and the insert.
func (c *LockedCache[K, V]) GetOrSet(key K, value V) (*Item[K, V], bool) {
	c.items.mu.Lock()
	defer c.items.mu.Unlock()

	if elem := c.get(key); elem != nil {
		return elem.Value.(*Item[K, V]), true
	}
	return c.set(key, value, c.ttl), false
}
