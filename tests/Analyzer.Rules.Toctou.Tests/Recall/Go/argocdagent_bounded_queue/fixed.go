// https://github.com/argoproj-labs/argocd-agent/pull/1078 (fixes issue #1053)
// Fixed as in the PR: the bound is tested with >= so a queue that was pushed
// past maxSize by concurrent adders evicts again (self-healing bound).
package agentqueue

import "sync"

type cappedQueue struct {
	*RateLimitingQueue
	limit int
}

func (cq *cappedQueue) Push(item *Event) {
	if cq.Len() >= cq.limit {
		old, _ := cq.Get()
		cq.Done(old)
	}
	cq.RateLimitingQueue.Add(item)
}

func ServeStream(recv *cappedQueue, events <-chan *Event, wg *sync.WaitGroup) {
	go func() {
		defer wg.Done()
		for ev := range events {
			recv.Push(ev)
		}
	}()
}
