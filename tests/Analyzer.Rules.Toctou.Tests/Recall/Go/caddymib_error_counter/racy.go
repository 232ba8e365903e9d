// https://github.com/fabriziosalmi/caddy-mib/pull/13
// The per-IP error tracker was read with errorCounts.Load, incremented (or
// reset when expired) and written back with Store; concurrent requests from the
// same IP read the same count and overwrote each other (786 of 10000 increments
// lost in the PR's test), delaying bans. Fix: LoadOrStore + CompareAndSwap loop.
package caddymib

import (
	"net/http"
	"sync"
	"time"
)

type errorTracker struct {
	Count        int
	FirstErrorAt time.Time
	LastErrorAt  time.Time
}

type Middleware struct {
	MaxErrorCount int
	BanDuration   time.Duration
	ErrorTimeout  time.Duration
	errorCounts   sync.Map // client IP -> errorTracker
	bannedIPs     sync.Map // client IP -> time.Time
}

func (m *Middleware) incrementErrorTracker(key string) errorTracker {
	now := time.Now()
	tracker := errorTracker{Count: 1, FirstErrorAt: now, LastErrorAt: now}
	if val, ok := m.errorCounts.Load(key); ok {
		current := val.(errorTracker)
		if m.ErrorTimeout <= 0 || now.Sub(current.LastErrorAt) <= m.ErrorTimeout {
			tracker = current
			tracker.Count++
			tracker.LastErrorAt = now
		}
	}
	m.errorCounts.Store(key, tracker) // Noncompliant
	return tracker
}

// ServeHTTP runs concurrently for every request handled by Caddy.
func (m *Middleware) ServeHTTP(w http.ResponseWriter, r *http.Request, status int) {
	if status < 400 {
		return
	}
	t := m.incrementErrorTracker(r.RemoteAddr)
	if t.Count >= m.MaxErrorCount {
		m.bannedIPs.Store(r.RemoteAddr, time.Now().Add(m.BanDuration))
	}
}
