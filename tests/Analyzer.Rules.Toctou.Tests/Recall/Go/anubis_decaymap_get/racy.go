// https://github.com/Xe/x/pull/683
// DecayMap.Get (Anubis) read the entry under the read lock, released it, and if the
// entry looked expired took the write lock and deleted the key without looking again.
// A Set that stored a fresh entry in between was deleted by the stale Get. The fix
// deletes only if the stored expiry is still the one that was seen expired.
package anubis

import (
	"sync"
	"time"
)

func zilch[T any]() T {
	var zero T
	return zero
}

// DecayMap is a map whose entries expire after a time-to-live.
type DecayMap[K, V comparable] struct {
	data map[K]DecayMapEntry[V]
	lock sync.RWMutex
}

// DecayMapEntry is one value with its expiry time.
type DecayMapEntry[V comparable] struct {
	Value  V
	expiry time.Time
}

// NewDecayMap returns an empty DecayMap.
func NewDecayMap[K, V comparable]() *DecayMap[K, V] {
	return &DecayMap[K, V]{data: make(map[K]DecayMapEntry[V])}
}

// Get returns the value for key, dropping it if it has expired.
func (m *DecayMap[K, V]) Get(key K) (V, bool) {
	m.lock.RLock()
	entry, ok := m.data[key]
	m.lock.RUnlock()

	if !ok {
		return zilch[V](), false
	}
	if time.Now().After(entry.expiry) {
		m.lock.Lock()
		delete(m.data, key) // Noncompliant
		m.lock.Unlock()
		return zilch[V](), false
	}
	return entry.Value, true
}

// Set stores value under key for ttl.
func (m *DecayMap[K, V]) Set(key K, value V, ttl time.Duration) {
	m.lock.Lock()
	defer m.lock.Unlock()
	m.data[key] = DecayMapEntry[V]{Value: value, expiry: time.Now().Add(ttl)}
}
