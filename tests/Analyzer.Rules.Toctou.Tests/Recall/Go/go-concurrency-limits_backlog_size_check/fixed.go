// https://github.com/platinummonkey/go-concurrency-limits/pull/204
// Fixed version: the queue checks its capacity and pushes the waiter while holding its mutex
// once, so concurrent callers cannot overfill the backlog.
package limiter

import (
	"context"
	"sync"
	"time"
)

type waiter struct {
	id          uint64
	ctx         context.Context
	releaseChan chan Listener
	next        *waiter
}

type boundedQueue struct {
	top  *waiter
	size uint64
	mu   sync.Mutex
}

// tryPush pushes a waiter unless the queue already holds maxSize waiters.
func (q *boundedQueue) tryPush(ctx context.Context, maxSize uint64) (uint64, chan Listener, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.size >= maxSize {
		return 0, nil, false
	}
	releaseChan := make(chan Listener, 1)
	id := uint64(1)
	if q.top != nil {
		id = q.top.id + 1
	}
	q.top = &waiter{id: id, ctx: ctx, releaseChan: releaseChan, next: q.top}
	q.size++
	return id, releaseChan, true
}

func (q *boundedQueue) drop(id uint64) {
	q.mu.Lock()
	defer q.mu.Unlock()
	var prev *waiter
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

type BoundedBlockingLimiter struct {
	delegate          Limiter
	maxBacklogSize    uint64
	maxBacklogTimeout time.Duration
	backlog           boundedQueue
}

func (l *BoundedBlockingLimiter) acquireOrWait(ctx context.Context) Listener {
	if listener, ok := l.delegate.Acquire(ctx); ok && listener != nil {
		return listener
	}

	eventID, eventReleaseChan, ok := l.backlog.tryPush(ctx, l.maxBacklogSize)
	if !ok {
		return nil
	}
	select {
	case listener := <-eventReleaseChan:
		return listener
	case <-time.After(l.maxBacklogTimeout):
		l.backlog.drop(eventID)
		return nil
	}
}

func (l *BoundedBlockingLimiter) Acquire(ctx context.Context) (Listener, bool) {
	listener := l.acquireOrWait(ctx)
	return listener, listener != nil
}
