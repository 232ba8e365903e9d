// https://github.com/segmentio/agecache/pull/1
// Fixed version: a plain (single-threaded) LRU guarded by one cache mutex, held from
// the lookup through the removal of a stale entry, and by Set.
package agecache

import (
	"container/list"
	"sync"
	"time"
)

// simpleLRU stands in for golang-lru/simplelru: no locking of its own.
type simpleLRU struct {
	size  int
	ll    *list.List
	items map[interface{}]*list.Element
}

type simpleEntry struct {
	key   interface{}
	value interface{}
}

func newSimpleLRU(size int) *simpleLRU {
	return &simpleLRU{size: size, ll: list.New(), items: map[interface{}]*list.Element{}}
}

func (c *simpleLRU) Add(key, value interface{}) bool {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		el.Value.(*simpleEntry).value = value
		return false
	}
	c.items[key] = c.ll.PushFront(&simpleEntry{key, value})
	if c.ll.Len() > c.size {
		oldest := c.ll.Back()
		c.ll.Remove(oldest)
		delete(c.items, oldest.Value.(*simpleEntry).key)
		return true
	}
	return false
}

func (c *simpleLRU) Get(key interface{}) (interface{}, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		return el.Value.(*simpleEntry).value, true
	}
	return nil, false
}

func (c *simpleLRU) Remove(key interface{}) {
	if el, ok := c.items[key]; ok {
		c.ll.Remove(el)
		delete(c.items, key)
	}
}

type agedEntry struct {
	value     interface{}
	timestamp time.Time
}

type LockedAgeCache struct {
	mutex  sync.Mutex
	lru    *simpleLRU
	maxAge time.Duration
	gets   int64
	hits   int64
	misses int64
}

func NewLockedAgeCache(capacity int, maxAge time.Duration) *LockedAgeCache {
	return &LockedAgeCache{lru: newSimpleLRU(capacity), maxAge: maxAge}
}

func (cache *LockedAgeCache) Set(key, value interface{}) bool {
	cache.mutex.Lock()
	defer cache.mutex.Unlock()
	return cache.lru.Add(key, &agedEntry{value: value, timestamp: time.Now()})
}

func (cache *LockedAgeCache) Get(key interface{}) (interface{}, bool) {
	cache.mutex.Lock()
	defer cache.mutex.Unlock()

	cache.gets++
	val, ok := cache.lru.Get(key)
	if !ok {
		cache.misses++
		return nil, false
	}

	e := val.(*agedEntry)
	if cache.maxAge == 0 || time.Since(e.timestamp) <= cache.maxAge {
		cache.hits++
		return e.value, true
	}

	cache.lru.Remove(key)
	cache.misses++
	return nil, false
}
