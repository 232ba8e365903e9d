// https://github.com/decred/dcrd/pull/2464
// KVCache.Lookup found the key's list node under the mutex, released the mutex
// and only then read the value out of the node. A concurrent Add evicting that
// node reuses it for a different key, so Lookup could return another key's value.
// Fix: read the value out of the node while the mutex is still held.
package lru

import (
	"container/list"
	"sync"
)

type kvPair struct {
	key   interface{}
	value interface{}
}

type KVCache struct {
	mtx   sync.Mutex
	cache map[interface{}]*list.Element
	list  *list.List
	limit uint
}

func (m *KVCache) Lookup(key interface{}) (interface{}, bool) {
	var value interface{}
	m.mtx.Lock()
	node, exists := m.cache[key]
	if exists {
		m.list.MoveToFront(node)
	}
	m.mtx.Unlock()

	if exists {
		value = node.Value.(*kvPair).value // Noncompliant
	}
	return value, exists
}

func (m *KVCache) Add(key interface{}, value interface{}) {
	m.mtx.Lock()
	defer m.mtx.Unlock()

	if m.limit == 0 {
		return
	}
	if node, exists := m.cache[key]; exists {
		node.Value.(*kvPair).value = value
		m.list.MoveToFront(node)
		return
	}
	if uint(len(m.cache))+1 > m.limit {
		node := m.list.Back()
		lru := node.Value.(*kvPair)
		delete(m.cache, lru.key)
		// the evicted node is reused for the new pair
		lru.key = key
		lru.value = value
		m.list.MoveToFront(node)
		m.cache[key] = node
		return
	}
	m.cache[key] = m.list.PushFront(&kvPair{key: key, value: value})
}

func NewKVCache(limit uint) *KVCache {
	return &KVCache{
		cache: make(map[interface{}]*list.Element),
		list:  list.New(),
		limit: limit,
	}
}

func useSmallCache() {
	c := NewKVCache(1)
	for i := 0; i < 100; i++ {
		i := i
		go func() {
			c.Add(i, i)
			c.Lookup(i)
		}()
	}
}
