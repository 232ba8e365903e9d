// https://github.com/grafana/dskit/pull/909
// removeExpiredConnection read the connection state under connectionsMu, released it, tested
// isExpired() and re-took the lock to delete; concurrent requests and the idle-cleanup goroutine
// could change the entry in between (double-counted closes, re-created entries escaping the TTL).
// Fix: lookup, expiry check and delete all happen under one hold of connectionsMu (issue #906).
package middleware

import (
	"net/http"
	"sync"
	"time"
)

type connState struct {
	ttl      time.Duration
	created  time.Time
	lastSeen time.Time
}

func (c *connState) isExpired() bool { return time.Since(c.created) > c.ttl }

type connTTLMiddleware struct {
	maxTTL        time.Duration
	connectionsMu sync.Mutex
	connections   map[string]*connState
	closed        int
}

func (m *connTTLMiddleware) connectionState(conn string) *connState {
	now := time.Now()
	m.connectionsMu.Lock()
	defer m.connectionsMu.Unlock()
	state, ok := m.connections[conn]
	if ok {
		state.lastSeen = now
	} else {
		state = &connState{ttl: m.maxTTL, created: now, lastSeen: now}
		m.connections[conn] = state
	}
	return state
}

func (m *connTTLMiddleware) removeIdleExpiredConnections() {
	m.connectionsMu.Lock()
	defer m.connectionsMu.Unlock()
	for conn, state := range m.connections {
		if time.Since(state.lastSeen) > m.maxTTL {
			delete(m.connections, conn)
		}
	}
}

func (m *connTTLMiddleware) removeExpiredConnection(conn string) bool {
	state := m.connectionState(conn)
	if !state.isExpired() {
		return false
	}
	m.connectionsMu.Lock()
	delete(m.connections, conn) // Noncompliant
	m.closed++
	m.connectionsMu.Unlock()
	return true
}

func (m *connTTLMiddleware) Wrap(next http.Handler) http.Handler {
	go func() {
		for range time.Tick(time.Minute) {
			m.removeIdleExpiredConnections()
		}
	}()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if m.removeExpiredConnection(r.RemoteAddr) {
			w.Header().Set("Connection", "close")
		}
		next.ServeHTTP(w, r)
	})
}
