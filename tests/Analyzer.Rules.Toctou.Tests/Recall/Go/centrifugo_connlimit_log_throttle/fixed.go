// https://github.com/centrifugal/centrifugo/pull/1214
// Fixed shape: the throttle window is claimed with CompareAndSwap, so at most one
// request per interval wins the right to log.
package connlimit

import (
	"log"
	"net/http"
	"sync/atomic"
	"time"
)

type IntervalLimiter struct {
	interval int64
	last     atomic.Int64
}

func NewIntervalLimiter(d time.Duration) *IntervalLimiter {
	return &IntervalLimiter{interval: int64(d)}
}

// Allow reports whether the caller claimed the current interval.
func (l *IntervalLimiter) Allow() bool {
	now := time.Now().UnixNano()
	prev := l.last.Load()
	if now-prev < l.interval {
		return false
	}
	return l.last.CompareAndSwap(prev, now)
}

var limitLogLimiter = NewIntervalLimiter(3 * time.Second)

func ConnLimitSafe(hub Hub, limit int, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if limit > 0 && hub.NumClients() >= limit {
			if limitLogLimiter.Allow() {
				log.Printf("node connection limit reached: %d", limit)
			}
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		next.ServeHTTP(w, r)
	})
}
