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
		s.reset(other, id) // Noncompliant [TOCTOU001] {{s.streams[id] is checked at line 26 and changed at line 27 by s.reset(other, id) (on some paths through it), with no lock held at either point}}
	}
}

func (s *Session) reset(st *Stream, id int) {
	if st == nil || id < 0 {
		return
	}
	s.streams[id] = nil
}

// finish passes its own stream on to reset: a call of finish that passes nil changes nothing either.
func (s *Session) OnClosed(id int) {
	if s.streams[id] == nil {
		s.finish(true, nil, id)
	}
}

func (s *Session) OnAborted(id int, other *Stream) {
	if s.streams[id] == nil {
		s.finish(true, other, id) // Noncompliant [TOCTOU001] {{s.streams[id] is checked at line 46 and changed at line 47 by s.finish(true, other, id) (on some paths through it), with no lock held at either point}}
	}
}

// A helper that sets its parameter before it passes it on may pass a stream whatever it was given.
func (s *Session) OnRetired(id int) {
	if s.streams[id] == nil {
		s.retire(nil, id) // Noncompliant [TOCTOU001] {{s.streams[id] is checked at line 53 and changed at line 54 by s.retire(nil, id) (on some paths through it), with no lock held at either point}}
	}
}

func (s *Session) finish(last bool, st *Stream, id int) {
	if last {
		s.reset(st, id)
	}
}

func (s *Session) retire(st *Stream, id int) {
	if st == nil {
		st = &Stream{id: id}
	}
	s.reset(st, id)
}
