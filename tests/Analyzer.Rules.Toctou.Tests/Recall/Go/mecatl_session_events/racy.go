// https://github.com/stacklok/mecatl/issues/443 (fixed in https://github.com/stacklok/mecatl/pull/447)
// Subscribe stored the subscriber's channel in the session's map and returned an unsubscribe function that deleted the
// entry under subMu and closed the channel after letting the lock go. PublishSessionEvent copied the session's channels
// under subMu and sent on the copy after releasing it, in a select with a default. A publisher that lost the CPU
// between the copy and the send could send on a channel unsubscribe had just closed, and panic. The fix holds the
// subscription lock while publishing.
package server

import "sync"

type Event struct {
	Session string
	Kind    string
}

type Service struct {
	subMu         sync.RWMutex
	nextSub       int
	subscriptions map[string]map[int]chan Event
}

func (s *Service) Subscribe(session string) (<-chan Event, func()) {
	ch := make(chan Event, 8)
	s.subMu.Lock()
	s.nextSub++
	subID := s.nextSub
	m, ok := s.subscriptions[session]
	if !ok {
		m = map[int]chan Event{}
		s.subscriptions[session] = m
	}
	m[subID] = ch
	s.subMu.Unlock()
	var once sync.Once
	unsubscribe := func() {
		once.Do(func() {
			s.subMu.Lock()
			if m, ok := s.subscriptions[session]; ok {
				delete(m, subID)
			}
			s.subMu.Unlock()
			close(ch)
		})
	}
	return ch, unsubscribe
}

func (s *Service) PublishSessionEvent(session string, ev Event) {
	s.subMu.RLock()
	var chs []chan Event
	for _, ch := range s.subscriptions[session] {
		chs = append(chs, ch)
	}
	s.subMu.RUnlock()
	for _, ch := range chs {
		select {
		case ch <- ev: // Noncompliant [TOCTOU001]
		default:
		}
	}
}
