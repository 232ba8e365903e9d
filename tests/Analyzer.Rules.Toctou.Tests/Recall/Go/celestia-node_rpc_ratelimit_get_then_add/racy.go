// https://github.com/celestiaorg/celestia-node/pull/5171
// The per-IP rate-limit middleware of the RPC server kept one token bucket per client IP
// in a thread-safe LRU cache. On a request it called Get and, on a miss, built a new
// limiter and called Add: two separately locked cache operations. Concurrent first
// requests from one IP (each served on its own net/http goroutine) all missed, each
// installed a fresh bucket and each spent a full initial burst. The fix keeps the Get fast
// path but inserts with PeekOrAdd, which checks and inserts under the cache lock.
package rpc

import (
	"net"
	"net/http"
	"sync"

	"golang.org/x/time/rate"
)

// limiterCache stands in for the LRU cache: every method takes the cache lock itself.
type limiterCache struct {
	mu      sync.Mutex
	entries map[string]*rate.Limiter
}

func (c *limiterCache) Get(key string) (*rate.Limiter, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	l, ok := c.entries[key]
	return l, ok
}

func (c *limiterCache) Add(key string, l *rate.Limiter) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.entries[key] = l
}

func rateLimit(rps, burst int, next http.Handler) http.Handler {
	limiters := &limiterCache{entries: make(map[string]*rate.Limiter)}

	getLimiter := func(ip string) *rate.Limiter {
		if l, ok := limiters.Get(ip); ok {
			return l
		}
		l := rate.NewLimiter(rate.Limit(rps), burst)
		limiters.Add(ip, l) // Noncompliant
		return l
	}

	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ip := clientIP(r)
		if !getLimiter(ip).Allow() {
			http.Error(w, "rate limit exceeded", http.StatusTooManyRequests)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
