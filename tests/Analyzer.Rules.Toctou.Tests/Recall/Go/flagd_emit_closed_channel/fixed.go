// https://github.com/open-feature/flagd/pull/1993
// Fixed: sends are serialized with closure on a per-subscription lock; the closed flag
// is checked and the send performed under that lock, and unsubscribe can interrupt a
// blocked send through the done channel before taking the lock to close.
package flagd

import "sync"

type Notice struct{ Type string }

type subscription struct {
	mu     sync.Mutex
	closed bool
	ch     chan Notice
	done   chan struct{}
	once   sync.Once
}

func (s *subscription) deliver(ev Notice) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return
	}
	select {
	case s.ch <- ev:
	case <-s.done:
	}
}

func (s *subscription) shutdown() {
	s.once.Do(func() { close(s.done) })
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.closed {
		s.closed = true
		close(s.ch)
	}
}

type safeEventing struct {
	mu   sync.RWMutex
	subs map[interface{}]*subscription
}

func newSafeEventing() *safeEventing {
	return &safeEventing{subs: map[interface{}]*subscription{}}
}

func (e *safeEventing) Add(id interface{}, ch chan Notice) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.subs[id] = &subscription{ch: ch, done: make(chan struct{})}
}

func (e *safeEventing) Remove(id interface{}) {
	e.mu.Lock()
	s, ok := e.subs[id]
	if ok {
		delete(e.subs, id)
	}
	e.mu.Unlock()
	if ok {
		s.shutdown()
	}
}

func (e *safeEventing) Broadcast(ev Notice) {
	e.mu.RLock()
	snapshot := make([]*subscription, 0, len(e.subs))
	for _, s := range e.subs {
		snapshot = append(snapshot, s)
	}
	e.mu.RUnlock()
	for _, s := range snapshot {
		s.deliver(ev)
	}
}
