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
		if err := q.refreshKeyLocked(k); err != nil { // Noncompliant [TOCTOU002] {{keys listed from q.known by ListKeys() at line 24 are looked up one by one by refreshKeyLocked() at line 25; q.lock is held, which keeps the store from changing only if every writer of the store takes it too; if one does not, a writer that runs between the listing and a lookup can delete or replace the key, and the lookup then sees a different state than the listing}}
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
	if err := q.enqueueLocked(key, obj); err != nil { // Noncompliant [TOCTOU002] {{the object read from q.known by GetByKey() at line 33 is acted on by q.enqueueLocked(key, obj) at line 41 after checking q.pending[key] at line 38; the caller holds q.lock, which keeps the store from changing only if every writer of the store takes it too; if one does not, a writer that runs after GetByKey() returns can change the store, and a stale object is then acted on}}
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
		obj, exists, _ := q.known.GetByKey(k) // Noncompliant [TOCTOU002] {{keys listed from q.known by ListKeys() at line 55 are looked up one by one by GetByKey() at line 57; q.lock is held, which keeps the store from changing only if every writer of the store takes it too; if one does not, a writer that runs between the listing and a lookup can delete or replace the key, and the lookup then sees a different state than the listing}}
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

// A miss in our own state, then the object loaded from the store to fill it: the object is as fresh as the store can
// give, and the check tells nothing about it.
func (q *WorkQueue) Fill(key string) {
	q.lock.Lock()
	defer q.lock.Unlock()
	if len(q.pending[key]) > 0 {
		return
	}
	obj, exists, _ := q.known.GetByKey(key)
	if exists {
		q.pending[key] = append(q.pending[key], obj)
	}
}
