// https://github.com/gogs/gogs/pull/8250
// UniqueQueue promises that only one instance of an identity is waiting in the queue.
// AddFunc first asked Exist(id), which reads the status table under its read lock, and only
// afterwards took the table's write lock to mark the id as queued, then pushed it on the
// channel. Concurrent Add calls for the same identity could all see "not queued" before any of
// them marked it, so the same id was enqueued several times. The PR moves the duplicate check
// under the same write lock as the marking (with a concurrent regression test).
package sync

import (
	"fmt"
	"sync"
)

// StatusTable maintains true/false values shared between goroutines.
type StatusTable struct {
	sync.RWMutex
	pool map[string]bool
}

func (p *StatusTable) IsRunning(name string) bool {
	p.RLock()
	defer p.RUnlock()
	return p.pool[name]
}

func (p *StatusTable) Stop(name string) {
	p.Lock()
	defer p.Unlock()
	p.pool[name] = false
}

type UniqueQueue struct {
	table *StatusTable
	queue chan string
}

func (q *UniqueQueue) Exist(id any) bool {
	return q.table.IsRunning(fmt.Sprint(id))
}

// AddFunc adds a new instance to the queue unless one with the same identity is already in line.
func (q *UniqueQueue) AddFunc(id any, fn func()) {
	if q.Exist(id) {
		return
	}

	idStr := fmt.Sprint(id)
	q.table.Lock()
	q.table.pool[idStr] = true // Noncompliant
	if fn != nil {
		fn()
	}
	q.table.Unlock()
	q.queue <- idStr
}

func (q *UniqueQueue) Add(id any) {
	q.AddFunc(id, nil)
}

// Remove is called by the worker goroutine once it has taken the id off the queue.
func (q *UniqueQueue) Remove(id any) {
	q.table.Stop(fmt.Sprint(id))
}
