// https://github.com/DataDog/datadog-agent/pull/43202
// HashHeap.InsertIntoHeap checked for a duplicate key with Exists(), which takes
// and releases the read lock, and only later took the write lock to push the key.
// Two observers inserting the same key both passed the check and both pushed it,
// corrupting the heap. Fix: do the duplicate check inside the write-locked section.
package workload

import (
	"container/heap"
	"sync"
	"time"
)

type TimestampKey struct {
	Timestamp time.Time
	Key       string
}

type MaxTimestampKeyHeap []TimestampKey

func (h MaxTimestampKeyHeap) Len() int            { return len(h) }
func (h MaxTimestampKeyHeap) Less(i, j int) bool  { return h[i].Timestamp.After(h[j].Timestamp) }
func (h MaxTimestampKeyHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *MaxTimestampKeyHeap) Push(x interface{}) { *h = append(*h, x.(TimestampKey)) }
func (h *MaxTimestampKeyHeap) Pop() interface{} {
	old := *h
	n := len(old)
	it := old[n-1]
	*h = old[:n-1]
	return it
}
func (h MaxTimestampKeyHeap) Peek() TimestampKey { return h[0] }

type autoscalerStore interface {
	GetCreation(key string) (time.Time, bool)
}

type HashHeap struct {
	MaxHeap MaxTimestampKeyHeap
	Keys    map[string]bool
	maxSize int
	mu      sync.RWMutex
	store   autoscalerStore
}

func (h *HashHeap) Exists(key string) bool {
	h.mu.RLock()
	defer h.mu.RUnlock()
	_, ok := h.Keys[key]
	return ok
}

// InsertIntoHeap is registered as a store observer and runs from several goroutines.
func (h *HashHeap) InsertIntoHeap(key, _sender string) {
	if h.Exists(key) {
		return
	}
	created, found := h.store.GetCreation(key)
	if !found || created.IsZero() {
		return
	}
	k := TimestampKey{Timestamp: created, Key: key}

	h.mu.Lock()
	defer h.mu.Unlock()
	if h.MaxHeap.Len() >= h.maxSize {
		top := h.MaxHeap.Peek()
		if k.Timestamp.After(top.Timestamp) {
			return
		}
		delete(h.Keys, top.Key)
		heap.Pop(&h.MaxHeap)
	}
	heap.Push(&h.MaxHeap, k)
	h.Keys[key] = true // Noncompliant
}

func (h *HashHeap) DeleteFromHeap(key, _sender string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, ok := h.Keys[key]; !ok {
		return
	}
	for i, it := range h.MaxHeap {
		if it.Key == key {
			heap.Remove(&h.MaxHeap, i)
			break
		}
	}
	delete(h.Keys, key)
}
