package streams

import "sync"

// reset changes the map only when it is given a stream: a call that passes nil changes nothing.
type Session struct {
	mu      sync.Mutex
	streams map[int]*Stream
}

type Stream struct{ id int }

func (s *Session) Open(st *Stream) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.streams[st.id] = st
}

func (s *Session) OnUnknown(id int) {
	if s.streams[id] == nil {
		s.reset(nil, id)
	}
}

func (s *Session) OnBad(id int, other *Stream) {
	if s.streams[id] == nil {
		s.reset(other, id) // Noncompliant [TOCTOU001] {{s.streams[id] is checked at line 26 and changed at line 27 by s.reset(other, id), with no lock held at either point}}
	}
}

func (s *Session) reset(st *Stream, id int) {
	if st == nil || id < 0 {
		return
	}
	s.streams[id] = nil
}
