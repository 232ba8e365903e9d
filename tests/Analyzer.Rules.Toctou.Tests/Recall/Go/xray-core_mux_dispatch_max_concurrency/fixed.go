// https://github.com/XTLS/Xray-core/pull/4861
// Fixed version: the session limits are checked inside the allocation, under the session
// manager's write lock, so concurrent dispatches cannot overshoot MaxConcurrency.
package mux

import (
	"context"
	"sync"
)

type MuxSessions struct {
	sync.RWMutex
	sessions map[uint16]*Session
	count    uint16
	closed   bool
}

func (m *MuxSessions) AllocateWithin(strategy *ClientStrategy) *Session {
	m.Lock()
	defer m.Unlock()
	maxConcurrency := int(strategy.MaxConcurrency)
	maxConnection := uint16(strategy.MaxConnection)
	if m.closed ||
		(maxConcurrency > 0 && len(m.sessions) >= maxConcurrency) ||
		(maxConnection > 0 && m.count >= maxConnection) {
		return nil
	}
	m.count++
	s := &Session{ID: m.count}
	m.sessions[s.ID] = s
	return s
}

type MuxClientWorker struct {
	sessions *MuxSessions
	strategy ClientStrategy
}

func (w *MuxClientWorker) Dispatch(ctx context.Context, link *Link) bool {
	s := w.sessions.AllocateWithin(&w.strategy)
	if s == nil {
		return false
	}
	s.input = link
	go fetchInput(ctx, s)
	return true
}
