package sharedstate

import "sync"

// TakeWork waits in an if: another consumer woken by the same signal can take the item first, and TakeWork then reads past the
// end of an empty queue.
type WorkQueue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func NewWorkQueue() *WorkQueue {
	q := &WorkQueue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *WorkQueue) PutWork(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *WorkQueue) TakeWork() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.items) == 0 { // Secondary [check]
		q.cond.Wait() // Secondary [lock]
	}
	item := q.items[0] // Noncompliant [TOCTOU001] {{q.items is checked at line 29 and used at line 32 by q.items[0] after q.cond.Wait() at line 30, which an if decides rather than a loop, the wait gives up the lock and takes it again, and nothing tests the state again after it: another thread can change it while this one waits (a second waiter woken by the same signal, or one that never waited), and a wait can end with nothing changed}}
	q.items = q.items[1:]
	return item
}

// The wait in a loop tests the queue again after every wake-up.
func (q *WorkQueue) TakeWorkLooping() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	item := q.items[0]
	q.items = q.items[1:]
	return item
}

// The branch that waits leaves without touching the queue.
func (q *WorkQueue) TryTakeWork() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.items) == 0 {
		q.cond.Wait()
		return 0, false
	}
	item := q.items[0]
	q.items = q.items[1:]
	return item, true
}

// A WaitGroup's Wait gives up no lock: no condition wait.
type WaitBatch struct {
	wg      sync.WaitGroup
	pending []int
}

func (b *WaitBatch) FinishBatch() int {
	if len(b.pending) > 0 {
		b.wg.Wait()
	}
	return len(b.pending)
}
