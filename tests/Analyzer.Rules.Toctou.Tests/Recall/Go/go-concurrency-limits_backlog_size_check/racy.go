// https://github.com/platinummonkey/go-concurrency-limits/pull/204
// The blocking limiter bounds its backlog: tryAcquire reads the queue length (one locked call)
// and, if below maxBacklogSize, pushes a waiter (a second locked call). Concurrent callers can
// all see room before any of them pushes, so the backlog grows past its limit. Fix: do the
// capacity check and the push inside one critical section of the queue's mutex.
package limiter

import (
	"context"
	"sync"
	"time"
)

type Listener interface{ OnSuccess() }

type Limiter interface {
	Acquire(ctx context.Context) (Listener, bool)
}

type element struct {
	id          uint64
	ctx         context.Context
	releaseChan chan Listener
	next        *element
}

type lifoQueue struct {
	top  *element
	size uint64
	mu   sync.RWMutex
}

func (q *lifoQueue) len() uint64 {
	q.mu.RLock()
	defer q.mu.RUnlock()
	return q.size
}

func (q *lifoQueue) push(ctx context.Context) (uint64, chan Listener) {
	q.mu.Lock()
	defer q.mu.Unlock()
	releaseChan := make(chan Listener, 1)
	id := uint64(1)
	if q.top != nil {
		id = q.top.id + 1
	}
	q.top = &element{id: id, ctx: ctx, releaseChan: releaseChan, next: q.top}
	q.size++
	return id, releaseChan
}

func (q *lifoQueue) remove(id uint64) {
	q.mu.Lock()
	defer q.mu.Unlock()
	var prev *element
	for cur := q.top; cur != nil; prev, cur = cur, cur.next {
		if cur.id == id {
			if prev == nil {
				q.top = cur.next
			} else {
				prev.next = cur.next
			}
			q.size--
			return
		}
	}
}

type LifoBlockingLimiter struct {
	delegate          Limiter
	maxBacklogSize    uint64
	maxBacklogTimeout time.Duration
	backlog           lifoQueue
}

func (l *LifoBlockingLimiter) tryAcquire(ctx context.Context) Listener {
	if listener, ok := l.delegate.Acquire(ctx); ok && listener != nil {
		return listener
	}

	// Restrict backlog size so the queue doesn't grow unbounded during an outage
	if l.backlog.len() >= l.maxBacklogSize {
		return nil
	}

	eventID, eventReleaseChan := l.backlog.push(ctx) // Noncompliant
	select {
	case listener := <-eventReleaseChan:
		return listener
	case <-time.After(l.maxBacklogTimeout):
		l.backlog.remove(eventID)
		return nil
	}
}

// Acquire is called by every request goroutine guarded by the limiter.
func (l *LifoBlockingLimiter) Acquire(ctx context.Context) (Listener, bool) {
	listener := l.tryAcquire(ctx)
	return listener, listener != nil
}
