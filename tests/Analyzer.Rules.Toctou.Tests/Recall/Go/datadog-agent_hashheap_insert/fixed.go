// https://github.com/DataDog/datadog-agent/pull/43202
// Fixed: the duplicate-key lookup is done on h.Keys while the write lock is held,
// so the check and the push happen in one critical section.
package workload

import (
	"container/heap"
	"sync"
	"time"
)

type SafeHashHeap struct {
	MaxHeap MaxTimestampKeyHeap
	Keys    map[string]bool
	maxSize int
	mu      sync.RWMutex
	store   autoscalerStore
}

func (h *SafeHashHeap) Exists(key string) bool {
	h.mu.RLock()
	defer h.mu.RUnlock()
	_, ok := h.Keys[key]
	return ok
}

func (h *SafeHashHeap) InsertKey(key, _sender string) {
	created, found := h.store.GetCreation(key)
	if !found || created.IsZero() {
		return
	}
	k := TimestampKey{Timestamp: created, Key: key}

	h.mu.Lock()
	defer h.mu.Unlock()
	if _, ok := h.Keys[key]; ok {
		return
	}
	if h.MaxHeap.Len() >= h.maxSize {
		top := h.MaxHeap.Peek()
		if k.Timestamp.After(top.Timestamp) {
			return
		}
		delete(h.Keys, top.Key)
		heap.Pop(&h.MaxHeap)
	}
	heap.Push(&h.MaxHeap, k)
	h.Keys[key] = true
}

func (h *SafeHashHeap) DeleteKey(key, _sender string) {
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

var _ = time.Now
