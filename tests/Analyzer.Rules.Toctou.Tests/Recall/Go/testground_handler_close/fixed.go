// https://github.com/testground/sdk-go/pull/49: the fixed shape, the lock held from the lookup through the send.
package sync

import (
	"context"
	"sync"
)

type reply struct {
	id   string
	body string
}

type session struct {
	mu      sync.Mutex
	waiting map[string]chan reply
	replies chan reply
}

func newSession() *session {
	s := &session{waiting: map[string]chan reply{}, replies: make(chan reply)}
	go s.deliver()
	return s
}

func (s *session) request(ctx context.Context, id string) chan reply {
	ch := make(chan reply, 1)
	s.mu.Lock()
	s.waiting[id] = ch
	s.mu.Unlock()
	go func() {
		<-ctx.Done()
		s.mu.Lock()
		close(s.waiting[id])
		delete(s.waiting, id)
		s.mu.Unlock()
	}()
	return ch
}

func (s *session) deliver() {
	for r := range s.replies {
		s.mu.Lock()
		if ch, ok := s.waiting[r.id]; ok {
			ch <- r
		}
		s.mu.Unlock()
	}
}
