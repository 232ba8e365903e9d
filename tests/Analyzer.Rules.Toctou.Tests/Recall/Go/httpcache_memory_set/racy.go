// https://github.com/victorspringer/http-cache/pull/15
// The memory adapter's Set read len(store) under the read lock, released it, decided
// whether to evict, and stored the response under a separate write lock. Concurrent
// Set calls (one per HTTP request) could all pass the capacity check, so the store grew
// past its capacity, or all evict for one slot. The fix holds the write lock across the
// capacity check, the eviction and the store.
package memory

import (
	"encoding/json"
	"sync"
	"time"
)

// Response is the cached payload with its access statistics.
type Response struct {
	Value      []byte
	LastAccess time.Time
	Frequency  int
}

func bytesToResponse(b []byte) Response {
	var r Response
	_ = json.Unmarshal(b, &r)
	return r
}

// Adapter is an in-memory LRU store for cached responses.
type Adapter struct {
	mutex    sync.RWMutex
	capacity int
	store    map[uint64][]byte
}

// Set stores response under key, evicting one entry when the store is full.
func (a *Adapter) Set(key uint64, response []byte, expiration time.Time) {
	a.mutex.RLock()
	length := len(a.store)
	a.mutex.RUnlock()

	if length > 0 && length == a.capacity {
		a.evict() // Noncompliant
	}

	a.mutex.Lock()
	a.store[key] = response
	a.mutex.Unlock()
}

// Release removes key from the store.
func (a *Adapter) Release(key uint64) {
	a.mutex.RLock()
	_, ok := a.store[key]
	a.mutex.RUnlock()

	if ok {
		a.mutex.Lock()
		delete(a.store, key)
		a.mutex.Unlock()
	}
}

func (a *Adapter) evict() {
	selected := uint64(0)
	oldest := time.Now()
	for k, v := range a.store {
		if r := bytesToResponse(v); r.LastAccess.Before(oldest) {
			selected, oldest = k, r.LastAccess
		}
	}
	a.Release(selected)
}
