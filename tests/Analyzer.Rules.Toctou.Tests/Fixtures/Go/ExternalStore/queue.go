package externalstore

import (
	"fmt"
	"sync"
)

// KeyGetter is the store the queue mirrors; its implementation has its own lock.
type KeyGetter interface {
	GetByKey(key string) (interface{}, bool, error)
	ListKeys() []string
}

// WorkQueue holds pending work per key; lock guards pending.
type WorkQueue struct {
	lock    sync.Mutex
	pending map[string][]interface{}
	known   KeyGetter
}

func (q *WorkQueue) Refresh() error {
	q.lock.Lock()
	defer q.lock.Unlock()
	for _, k := range q.known.ListKeys() { // Secondary [check]
		if err := q.refreshKeyLocked(k); err != nil { // Noncompliant [TOCTOU002]
			return err
		}
	}
	return nil
}

func (q *WorkQueue) refreshKeyLocked(key string) error {
	obj, exists, err := q.known.GetByKey(key) // Secondary [read]
	if err != nil || !exists {
		return nil
	}
	// Skip keys that already have pending work, so we do not race with the producer.
	if len(q.pending[key]) > 0 { // Secondary [check]
		return nil
	}
	if err := q.enqueueLocked(key, obj); err != nil { // Noncompliant [TOCTOU002]
		return fmt.Errorf("cannot enqueue %s: %v", key, err)
	}
	return nil
}

func (q *WorkQueue) enqueueLocked(key string, obj interface{}) error {
	q.pending[key] = append(q.pending[key], obj)
	return nil
}

func (q *WorkQueue) Prune() {
	q.lock.Lock()
	defer q.lock.Unlock()
	keys := q.known.ListKeys() // Secondary [check]
	for _, k := range keys {
		obj, exists, _ := q.known.GetByKey(k) // Noncompliant [TOCTOU002]
		if !exists {
			delete(q.pending, k)
			continue
		}
		q.pending[k] = append(q.pending[k], obj)
	}
}

func (q *WorkQueue) Pending(key string) int {
	q.lock.Lock()
	defer q.lock.Unlock()
	return len(q.pending[key])
}
