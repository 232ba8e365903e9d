// https://github.com/centrifugal/centrifugo/pull/1214
// The connection-limit middleware throttled its warning with atomic.LoadInt64, a compare,
// then atomic.StoreInt64 on a package-level timestamp. Once the limit is hit, many
// requests pass the compare with the same stale value and all log before any store lands.
// Fix: use an IntervalLimiter built on CompareAndSwap so one caller per interval logs.
package connlimit

import (
	"log"
	"net/http"
	"sync/atomic"
	"time"
)

type Hub interface{ NumClients() int }

const logThrottle = int64(3 * time.Second)

var lastLimitLog int64

func ConnLimit(hub Hub, limit int, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if limit > 0 && hub.NumClients() >= limit {
			now := time.Now().UnixNano()
			last := atomic.LoadInt64(&lastLimitLog)
			if now-last >= logThrottle {
				atomic.StoreInt64(&lastLimitLog, now) // Noncompliant
				log.Printf("node connection limit reached: %d", limit)
			}
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		next.ServeHTTP(w, r)
	})
}
