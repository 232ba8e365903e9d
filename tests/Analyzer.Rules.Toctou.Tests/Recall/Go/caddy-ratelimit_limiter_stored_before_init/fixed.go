// https://github.com/mholt/caddy-ratelimit/issues/36 (fix: https://github.com/mholt/caddy-ratelimit/pull/43)
// Fixed version: one mutex guards the limiter map; lookup, creation, initialization and
// insertion happen while it is held, so no request can see an uninitialized limiter.
package caddyrl

import (
	"net/http"
	"sync"
	"time"
)

type rateLimitersMap struct {
	mu       sync.Mutex
	limiters map[string]*ringBufferRateLimiter
}

func (rlm *rateLimitersMap) getOrInsert(key string, maxEvents int, window time.Duration) *ringBufferRateLimiter {
	rlm.mu.Lock()
	defer rlm.mu.Unlock()

	if limiter, ok := rlm.limiters[key]; ok {
		return limiter
	}
	limiter := new(ringBufferRateLimiter)
	limiter.initialize(maxEvents, window)
	rlm.limiters[key] = limiter
	return limiter
}

type ZoneLimit struct {
	MaxEvents   int
	Window      time.Duration
	limitersMap *rateLimitersMap
}

func (zl *ZoneLimit) serveZone(w http.ResponseWriter, key string) bool {
	limiter := zl.limitersMap.getOrInsert(key, zl.MaxEvents, zl.Window)
	if dur := limiter.When(); dur > 0 {
		w.WriteHeader(http.StatusTooManyRequests)
		return false
	}
	return true
}
