// https://github.com/gogs/gogs/pull/8250
// Fixed version: the "already queued?" check and the marking happen under one write lock of
// the status table, so only one caller enqueues a given identity.
package sync

import (
	"fmt"
	"sync"
)

type QueuedSet struct {
	sync.RWMutex
	pool map[string]bool
}

func (p *QueuedSet) Unmark(name string) {
	p.Lock()
	defer p.Unlock()
	p.pool[name] = false
}

type DedupQueue struct {
	set   *QueuedSet
	queue chan string
}

func (q *DedupQueue) AddFunc(id any, fn func()) {
	idStr := fmt.Sprint(id)
	q.set.Lock()
	if q.set.pool[idStr] {
		q.set.Unlock()
		return
	}
	q.set.pool[idStr] = true
	if fn != nil {
		fn()
	}
	q.set.Unlock()
	q.queue <- idStr
}

func (q *DedupQueue) Add(id any) {
	q.AddFunc(id, nil)
}

func (q *DedupQueue) Remove(id any) {
	q.set.Unmark(fmt.Sprint(id))
}
