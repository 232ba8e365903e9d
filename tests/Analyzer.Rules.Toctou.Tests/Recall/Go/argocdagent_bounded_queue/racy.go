// https://github.com/argoproj-labs/argocd-agent/pull/1078 (fixes issue #1053)
// boundedQueue.Add evicted the oldest item only when Len() == maxSize. Two
// Subscribe stream handlers calling Add on the same recv queue concurrently
// could both pass the check and push Len() to maxSize+1; after that the ==
// test never matched again and the queue grew without bound (31k on a 1000 cap).
// Fix: compare with >= so eviction resumes once the limit is overshot.
package agentqueue

import "sync"

type Event struct{ ID string }

// RateLimitingQueue stands in for client-go's workqueue; it locks internally.
type RateLimitingQueue struct {
	mu    sync.Mutex
	items []*Event
}

func (q *RateLimitingQueue) Len() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.items)
}

func (q *RateLimitingQueue) Get() (*Event, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.items) == 0 {
		return nil, true
	}
	it := q.items[0]
	q.items = q.items[1:]
	return it, false
}

func (q *RateLimitingQueue) Done(*Event) {}

func (q *RateLimitingQueue) Add(e *Event) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.items = append(q.items, e)
}

type boundedQueue struct {
	*RateLimitingQueue
	maxSize int
}

func (bq *boundedQueue) Add(item *Event) {
	// We pop the oldest item if the size is going to exceed maxSize.
	if bq.Len() == bq.maxSize {
		old, _ := bq.Get()
		bq.Done(old)
	}
	bq.RateLimitingQueue.Add(item) // Noncompliant
}

// Subscribe is served once per connected agent stream; during a rolling
// restart two streams for the same agent share one recv queue.
func Subscribe(recv *boundedQueue, events <-chan *Event, wg *sync.WaitGroup) {
	go func() {
		defer wg.Done()
		for ev := range events {
			recv.Add(ev)
		}
	}()
}
