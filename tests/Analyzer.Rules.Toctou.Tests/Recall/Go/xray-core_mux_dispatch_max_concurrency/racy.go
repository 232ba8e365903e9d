// https://github.com/XTLS/Xray-core/pull/4861
// A mux ClientWorker accepts a new sub-connection only while it is not full: IsFull reads
// the session count (Size/Count, each under the SessionManager read lock) against
// MaxConcurrency/MaxConnection, and Dispatch then calls Allocate, which takes the write
// lock and adds a session. Dispatch runs on the goroutine of every proxied connection, so
// two connections could both see 3 of 4 sessions and both allocate, leaving 5 sessions on
// one worker. The fix passes the strategy into Allocate and checks the limits there, under
// the same lock that adds the session.
package mux

import (
	"context"
	"sync"
)

type Link struct{}

type Session struct {
	ID     uint16
	parent *SessionManager
	input  *Link
}

type SessionManager struct {
	sync.RWMutex
	sessions map[uint16]*Session
	count    uint16
	closed   bool
}

func (m *SessionManager) Size() int {
	m.RLock()
	defer m.RUnlock()
	return len(m.sessions)
}

func (m *SessionManager) Count() int {
	m.RLock()
	defer m.RUnlock()
	return int(m.count)
}

func (m *SessionManager) Allocate() *Session {
	m.Lock()
	defer m.Unlock()
	if m.closed {
		return nil
	}
	m.count++
	s := &Session{ID: m.count, parent: m}
	m.sessions[s.ID] = s
	return s
}

type ClientStrategy struct {
	MaxConcurrency uint32
	MaxConnection  uint32
}

type ClientWorker struct {
	sessionManager *SessionManager
	strategy       ClientStrategy
}

func (w *ClientWorker) IsFull() bool {
	sm := w.sessionManager
	if w.strategy.MaxConnection > 0 && sm.Count() >= int(w.strategy.MaxConnection) {
		return true
	}
	if w.strategy.MaxConcurrency > 0 && sm.Size() >= int(w.strategy.MaxConcurrency) {
		return true
	}
	return false
}

// Dispatch is called concurrently, once per inbound connection routed to this worker.
func (w *ClientWorker) Dispatch(ctx context.Context, link *Link) bool {
	if w.IsFull() {
		return false
	}
	s := w.sessionManager.Allocate() // Noncompliant
	if s == nil {
		return false
	}
	s.input = link
	go fetchInput(ctx, s)
	return true
}

func fetchInput(ctx context.Context, s *Session) {}
