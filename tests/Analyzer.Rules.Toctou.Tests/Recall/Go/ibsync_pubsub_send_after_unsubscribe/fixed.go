// https://github.com/scmhub/ibsync/pull/24
// Fixed version: the mutex is held from the subscriber lookup through the sends, so
// Unsubscribe cannot close a channel that Publish is about to write to.
package ibsync

import (
	"fmt"
	"slices"
	"sync"
)

type TopicHub struct {
	mu     sync.RWMutex
	topics map[string][]chan string
}

func (h *TopicHub) Join(topic any) <-chan string {
	h.mu.Lock()
	defer h.mu.Unlock()
	t := fmt.Sprint(topic)
	ch := make(chan string, 5)
	h.topics[t] = append(h.topics[t], ch)
	return ch
}

func (h *TopicHub) Leave(topic any, sub <-chan string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	t := fmt.Sprint(topic)
	for i, ch := range h.topics[t] {
		if ch == sub {
			h.topics[t] = slices.Delete(h.topics[t], i, i+1)
			close(ch)
			if len(h.topics[t]) == 0 {
				delete(h.topics, t)
			}
			return
		}
	}
}

func (h *TopicHub) Broadcast(topic any, msg string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	subscribers, exists := h.topics[fmt.Sprint(topic)]
	if !exists {
		return
	}
	for _, ch := range subscribers {
		ch <- msg
	}
}
