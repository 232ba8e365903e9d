// https://github.com/stacklok/mecatl/issues/443 (fixed in https://github.com/stacklok/mecatl/pull/447)
// Fixed: the publisher holds the subscription read lock while it sends, so an unsubscribe, which deletes the entry
// under the write lock before it closes the channel, cannot close one the publisher is about to send on.
package server

import "sync"

type Notice struct {
	Session string
	Kind    string
}

type Streams struct {
	subMu   sync.RWMutex
	nextSub int
	streams map[string]map[int]chan Notice
}

func (s *Streams) Watch(session string) (<-chan Notice, func()) {
	ch := make(chan Notice, 8)
	s.subMu.Lock()
	s.nextSub++
	subID := s.nextSub
	m, ok := s.streams[session]
	if !ok {
		m = map[int]chan Notice{}
		s.streams[session] = m
	}
	m[subID] = ch
	s.subMu.Unlock()
	var once sync.Once
	stop := func() {
		once.Do(func() {
			s.subMu.Lock()
			if m, ok := s.streams[session]; ok {
				delete(m, subID)
			}
			s.subMu.Unlock()
			close(ch)
		})
	}
	return ch, stop
}

func (s *Streams) Emit(session string, n Notice) {
	s.subMu.RLock()
	defer s.subMu.RUnlock()
	for _, ch := range s.streams[session] {
		select {
		case ch <- n:
		default:
		}
	}
}
