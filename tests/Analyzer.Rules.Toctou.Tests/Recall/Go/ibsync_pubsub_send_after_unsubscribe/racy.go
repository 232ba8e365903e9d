// https://github.com/scmhub/ibsync/pull/24
// PubSub.Publish looked up the subscriber channels of a topic under the mutex, copied
// them, released the mutex and then sent the message on each copied channel, so that a
// slow subscriber would not block other callers. Publish runs on the IB API message
// goroutine while Unsubscribe (called by user goroutines, e.g. when a request finishes)
// removes and closes a subscriber channel under the same mutex; a channel closed between
// the lookup and the send made Publish panic with "send on closed channel". The fix keeps
// the mutex held while sending.
package ibsync

import (
	"fmt"
	"slices"
	"sync"
)

type PubSub struct {
	mu     sync.RWMutex
	topics map[string][]chan string
}

func (ps *PubSub) Subscribe(topic any) (<-chan string, func()) {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	t := fmt.Sprint(topic)
	ch := make(chan string, 5)
	ps.topics[t] = append(ps.topics[t], ch)
	return ch, func() { ps.Unsubscribe(topic, ch) }
}

func (ps *PubSub) Unsubscribe(topic any, sub <-chan string) {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	t := fmt.Sprint(topic)
	for i, ch := range ps.topics[t] {
		if ch == sub {
			ps.topics[t] = slices.Delete(ps.topics[t], i, i+1)
			close(ch)
			if len(ps.topics[t]) == 0 {
				delete(ps.topics, t)
			}
			return
		}
	}
}

// Publish is called from the decoder goroutine for every incoming message.
func (ps *PubSub) Publish(topic any, msg string) {
	ps.mu.RLock()
	subscribers, exists := ps.topics[fmt.Sprint(topic)]
	if !exists {
		ps.mu.RUnlock()
		return
	}
	targets := slices.Clone(subscribers)
	ps.mu.RUnlock()

	for _, ch := range targets {
		ch <- msg // Noncompliant
	}
}
