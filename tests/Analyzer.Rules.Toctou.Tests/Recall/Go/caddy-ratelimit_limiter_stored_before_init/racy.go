// https://github.com/mholt/caddy-ratelimit/issues/36 (fix: https://github.com/mholt/caddy-ratelimit/pull/43)
// ServeHTTP took a ring-buffer limiter from a sync.Pool and did LoadOrStore on the zone's
// sync.Map; only when nothing was loaded did it call initialize on the limiter it had just
// stored. The limiter was visible in the map before it was initialized, so a concurrent
// request for the same key could load it and use an empty ring (panic / stuck mutex, the
// reported resource leak). The fix replaces the sync.Map with a map guarded by one mutex
// and creates, initializes and inserts the limiter while holding it.
package caddyrl

import (
	"net/http"
	"sync"
	"time"
)

type ringBufferRateLimiter struct {
	mu     sync.Mutex
	window time.Duration
	ring   []time.Time
	cursor int
}

func (r *ringBufferRateLimiter) initialize(maxEvents int, window time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.window != 0 || r.ring != nil {
		return
	}
	r.window = window
	r.ring = make([]time.Time, maxEvents)
}

// When reports how long until the next event is allowed; zero means allowed now.
func (r *ringBufferRateLimiter) When() time.Duration {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.ring) > 0 && time.Since(r.ring[r.cursor]) > r.window {
		r.ring[r.cursor] = time.Now()
		r.cursor = (r.cursor + 1) % len(r.ring)
		return 0
	}
	return time.Until(r.ring[r.cursor].Add(r.window))
}

var ringBufPool = sync.Pool{New: func() interface{} { return new(ringBufferRateLimiter) }}

type RateLimit struct {
	MaxEvents int
	Window    time.Duration
	limiters  *sync.Map
}

// serve is called by the HTTP handler for every request matching the zone.
func (rl *RateLimit) serve(w http.ResponseWriter, key string) bool {
	limiter := ringBufPool.Get().(*ringBufferRateLimiter)
	val, loaded := rl.limiters.LoadOrStore(key, limiter)
	if loaded {
		ringBufPool.Put(limiter)
		limiter = val.(*ringBufferRateLimiter)
	} else {
		limiter.initialize(rl.MaxEvents, rl.Window) // Noncompliant
	}

	if dur := limiter.When(); dur > 0 {
		w.WriteHeader(http.StatusTooManyRequests)
		return false
	}
	return true
}
