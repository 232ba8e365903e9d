// https://github.com/decred/dcrd/pull/2464
// Fixed: the value is extracted from the list node while the mutex is held,
// so a concurrent Add cannot reuse the node in between.
package lru

import (
	"container/list"
	"sync"
)

type fixedKVPair struct {
	key   interface{}
	value interface{}
}

type SafeKVCache struct {
	mtx   sync.Mutex
	cache map[interface{}]*list.Element
	list  *list.List
	limit uint
}

func (m *SafeKVCache) LookupSafe(key interface{}) (interface{}, bool) {
	var value interface{}
	m.mtx.Lock()
	node, exists := m.cache[key]
	if exists {
		m.list.MoveToFront(node)
		value = node.Value.(*fixedKVPair).value
	}
	m.mtx.Unlock()
	return value, exists
}

func (m *SafeKVCache) AddSafe(key interface{}, value interface{}) {
	m.mtx.Lock()
	defer m.mtx.Unlock()

	if m.limit == 0 {
		return
	}
	if node, exists := m.cache[key]; exists {
		node.Value.(*fixedKVPair).value = value
		m.list.MoveToFront(node)
		return
	}
	if uint(len(m.cache))+1 > m.limit {
		node := m.list.Back()
		lru := node.Value.(*fixedKVPair)
		delete(m.cache, lru.key)
		lru.key = key
		lru.value = value
		m.list.MoveToFront(node)
		m.cache[key] = node
		return
	}
	m.cache[key] = m.list.PushFront(&fixedKVPair{key: key, value: value})
}

func NewSafeKVCache(limit uint) *SafeKVCache {
	return &SafeKVCache{
		cache: make(map[interface{}]*list.Element),
		list:  list.New(),
		limit: limit,
	}
}

func useSmallSafeCache() {
	c := NewSafeKVCache(1)
	for i := 0; i < 100; i++ {
		i := i
		go func() {
			c.AddSafe(i, i)
			c.LookupSafe(i)
		}()
	}
}
