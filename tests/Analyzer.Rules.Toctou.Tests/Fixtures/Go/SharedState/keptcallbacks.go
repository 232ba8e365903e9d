package sharedstate

import "sync"

type Session struct {
	onClose func()
}

// OnClose keeps the function for when the session closes; it does not run it.
func (s *Session) OnClose(f func()) { s.onClose = f }

type Sessions struct {
	mu   sync.RWMutex
	byID map[string]*Session
}

// The clean-up handed to OnClose runs when the session closes, not during the call: its delete is no act after the
// lookup, and the store looks again under the write lock.
func (m *Sessions) Open(id string) *Session {
	m.mu.RLock()
	s := m.byID[id]
	m.mu.RUnlock()
	if s != nil {
		return s
	}
	s = &Session{}
	s.OnClose(func() {
		m.mu.Lock()
		delete(m.byID, id)
		m.mu.Unlock()
	})
	m.mu.Lock()
	defer m.mu.Unlock()
	if current := m.byID[id]; current != nil {
		return current
	}
	m.byID[id] = s
	return s
}
