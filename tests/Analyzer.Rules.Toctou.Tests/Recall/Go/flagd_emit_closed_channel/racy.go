// https://github.com/open-feature/flagd/pull/1993
// EmitToAll snapshotted subscriber channels under the map lock, released it, then sent;
// a concurrent Unsubscribe could close a channel in between -> "send on closed channel".
// Fix: per-subscription lock + closed flag; the flag check and the send happen under that
// lock, and unsubscribe closes under the same lock.
package flagd

import "sync"

type Event struct{ Type string }

type eventing struct {
	mu   sync.RWMutex
	subs map[interface{}]chan Event
}

func newEventing() *eventing {
	return &eventing{subs: map[interface{}]chan Event{}}
}

func (e *eventing) Subscribe(id interface{}, ch chan Event) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.subs[id] = ch
}

func (e *eventing) Unsubscribe(id interface{}) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if ch, ok := e.subs[id]; ok {
		close(ch)
		delete(e.subs, id)
	}
}

func (e *eventing) EmitToAll(ev Event) {
	e.mu.RLock()
	targets := make([]chan Event, 0, len(e.subs))
	for _, ch := range e.subs {
		targets = append(targets, ch)
	}
	e.mu.RUnlock()

	for _, ch := range targets {
		ch <- ev // Noncompliant
	}
}

// A stream handler goroutine per client, and a broadcaster goroutine.
func runStream(e *eventing, id int, stop <-chan struct{}) {
	ch := make(chan Event, 1)
	e.Subscribe(id, ch)
	go func() {
		<-stop
		e.Unsubscribe(id)
	}()
	for range ch {
	}
}
