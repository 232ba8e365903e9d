// https://github.com/segmentio/agecache/pull/1
// Cache wrapped the thread-safe lru.Cache: Get fetched key A, saw it stale and then called
// Remove(A), each call locking on its own, so a fresh Set of A from another goroutine in
// between was removed (pointed out by the maintainer in review). Fix: a plain simplelru
// under one cache mutex held across the lookup, the age check and the removal.
package agecache

import (
	"container/list"
	"sync"
	"sync/atomic"
	"time"
)

// lockedLRU stands in for hashicorp/golang-lru's Cache: every method locks by itself.
type lockedLRU struct {
	mu    sync.Mutex
	size  int
	ll    *list.List
	items map[interface{}]*list.Element
}

type lruEntry struct {
	key   interface{}
	value interface{}
}

func newLockedLRU(size int) *lockedLRU {
	return &lockedLRU{size: size, ll: list.New(), items: map[interface{}]*list.Element{}}
}

func (c *lockedLRU) Add(key, value interface{}) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		el.Value.(*lruEntry).value = value
		return false
	}
	c.items[key] = c.ll.PushFront(&lruEntry{key, value})
	if c.ll.Len() > c.size {
		oldest := c.ll.Back()
		c.ll.Remove(oldest)
		delete(c.items, oldest.Value.(*lruEntry).key)
		return true
	}
	return false
}

func (c *lockedLRU) Get(key interface{}) (interface{}, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		return el.Value.(*lruEntry).value, true
	}
	return nil, false
}

func (c *lockedLRU) Remove(key interface{}) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[key]; ok {
		c.ll.Remove(el)
		delete(c.items, key)
	}
}

type entry struct {
	value     interface{}
	timestamp time.Time
}

type Cache struct {
	lru    *lockedLRU
	maxAge time.Duration
	gets   int64
	hits   int64
	misses int64
}

func New(capacity int, maxAge time.Duration) *Cache {
	return &Cache{lru: newLockedLRU(capacity), maxAge: maxAge}
}

func (cache *Cache) Set(key, value interface{}) bool {
	return cache.lru.Add(key, &entry{value: value, timestamp: time.Now()})
}

func (cache *Cache) Get(key interface{}) (interface{}, bool) {
	atomic.AddInt64(&cache.gets, 1)
	val, ok := cache.lru.Get(key)
	if !ok {
		atomic.AddInt64(&cache.misses, 1)
		return nil, false
	}

	e := val.(*entry)
	if cache.maxAge == 0 || time.Since(e.timestamp) <= cache.maxAge {
		atomic.AddInt64(&cache.hits, 1)
		return e.value, true
	}

	cache.lru.Remove(key) // Noncompliant
	atomic.AddInt64(&cache.misses, 1)
	return nil, false
}
