// https://github.com/Xe/x/pull/683
// Fixed version: once the write lock is held the entry is read again, and it is deleted
// only if its expiry is unchanged, so a value refreshed by a concurrent Set survives.
package anubis

import (
	"sync"
	"time"
)

func zeroOf[T any]() T {
	var z T
	return z
}

// TTLMap is a map whose entries expire after a time-to-live.
type TTLMap[K, V comparable] struct {
	items map[K]ttlItem[V]
	mu    sync.RWMutex
}

type ttlItem[V comparable] struct {
	Value    V
	deadline time.Time
}

// NewTTLMap returns an empty TTLMap.
func NewTTLMap[K, V comparable]() *TTLMap[K, V] {
	return &TTLMap[K, V]{items: make(map[K]ttlItem[V])}
}

// Lookup returns the value for key, dropping it if it has expired.
func (t *TTLMap[K, V]) Lookup(key K) (V, bool) {
	t.mu.RLock()
	item, ok := t.items[key]
	t.mu.RUnlock()

	if !ok {
		return zeroOf[V](), false
	}
	if time.Now().After(item.deadline) {
		t.mu.Lock()
		if t.items[key].deadline == item.deadline {
			delete(t.items, key)
		}
		t.mu.Unlock()
		return zeroOf[V](), false
	}
	return item.Value, true
}

// Store stores value under key for ttl.
func (t *TTLMap[K, V]) Store(key K, value V, ttl time.Duration) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.items[key] = ttlItem[V]{Value: value, deadline: time.Now().Add(ttl)}
}
