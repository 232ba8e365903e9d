// https://github.com/fabriziosalmi/caddy-mib/pull/13
// Fixed: the first tracker is published with LoadOrStore and later updates use
// CompareAndSwap against the value that was read, retrying when another request
// changed it in between, so no increment is lost.
package caddymib

import (
	"net/http"
	"sync"
	"time"
)

type CASMiddleware struct {
	MaxErrorCount int
	BanDuration   time.Duration
	ErrorTimeout  time.Duration
	errorCounts   sync.Map
	bannedIPs     sync.Map
}

func (m *CASMiddleware) bumpErrors(key string) errorTracker {
	for {
		now := time.Now()
		val, ok := m.errorCounts.Load(key)
		if !ok {
			first := errorTracker{Count: 1, FirstErrorAt: now, LastErrorAt: now}
			actual, loaded := m.errorCounts.LoadOrStore(key, first)
			if !loaded {
				return first
			}
			val = actual
		}
		current := val.(errorTracker)
		updated := current
		if m.ErrorTimeout > 0 && now.Sub(current.LastErrorAt) > m.ErrorTimeout {
			updated = errorTracker{Count: 1, FirstErrorAt: now, LastErrorAt: now}
		} else {
			updated.Count++
			updated.LastErrorAt = now
		}
		if m.errorCounts.CompareAndSwap(key, current, updated) {
			return updated
		}
	}
}

func (m *CASMiddleware) ServeHTTP(w http.ResponseWriter, r *http.Request, status int) {
	if status < 400 {
		return
	}
	t := m.bumpErrors(r.RemoteAddr)
	if t.Count >= m.MaxErrorCount {
		m.bannedIPs.Store(r.RemoteAddr, time.Now().Add(m.BanDuration))
	}
}
