// https://github.com/grafana/dskit/pull/909
// Fixed: the connectionState logic is inlined so that creation/lastSeen update, the expiry
// check and the delete all run under a single hold of connectionsMu.
package middleware

import (
	"net/http"
	"sync"
	"time"
)

type trackedConn struct {
	ttl      time.Duration
	created  time.Time
	lastSeen time.Time
}

type lockedTTLMiddleware struct {
	maxTTL        time.Duration
	connectionsMu sync.Mutex
	connections   map[string]*trackedConn
	closed        int
}

func (m *lockedTTLMiddleware) removeIdle() {
	m.connectionsMu.Lock()
	defer m.connectionsMu.Unlock()
	for conn, state := range m.connections {
		if time.Since(state.lastSeen) > m.maxTTL {
			delete(m.connections, conn)
		}
	}
}

func (m *lockedTTLMiddleware) removeIfExpired(conn string) bool {
	now := time.Now()
	m.connectionsMu.Lock()
	defer m.connectionsMu.Unlock()
	state, ok := m.connections[conn]
	if !ok {
		m.connections[conn] = &trackedConn{ttl: m.maxTTL, created: now, lastSeen: now}
		return false
	}
	state.lastSeen = now
	if time.Since(state.created) <= state.ttl {
		return false
	}
	delete(m.connections, conn)
	m.closed++
	return true
}

func (m *lockedTTLMiddleware) WrapLocked(next http.Handler) http.Handler {
	go func() {
		for range time.Tick(time.Minute) {
			m.removeIdle()
		}
	}()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if m.removeIfExpired(r.RemoteAddr) {
			w.Header().Set("Connection", "close")
		}
		next.ServeHTTP(w, r)
	})
}
