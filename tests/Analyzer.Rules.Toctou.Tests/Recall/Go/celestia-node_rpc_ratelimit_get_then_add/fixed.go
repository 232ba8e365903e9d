// https://github.com/celestiaorg/celestia-node/pull/5171
// Fixed version: after a miss the new bucket is inserted with PeekOrAdd, which returns the
// bucket another request installed first, so all first requests share one bucket.
package rpc

import (
	"net/http"
	"sync"

	"golang.org/x/time/rate"
)

type bucketCache struct {
	mu      sync.Mutex
	entries map[string]*rate.Limiter
}

func (c *bucketCache) Get(key string) (*rate.Limiter, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	l, ok := c.entries[key]
	return l, ok
}

// PeekOrAdd returns the existing value for key, or stores l when there is none.
func (c *bucketCache) PeekOrAdd(key string, l *rate.Limiter) (*rate.Limiter, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if existing, ok := c.entries[key]; ok {
		return existing, true
	}
	c.entries[key] = l
	return nil, false
}

func perIPRateLimit(rps, burst int, next http.Handler) http.Handler {
	buckets := &bucketCache{entries: make(map[string]*rate.Limiter)}

	bucketFor := func(ip string) *rate.Limiter {
		if l, ok := buckets.Get(ip); ok {
			return l
		}
		fresh := rate.NewLimiter(rate.Limit(rps), burst)
		if existing, ok := buckets.PeekOrAdd(ip, fresh); ok {
			return existing
		}
		return fresh
	}

	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !bucketFor(clientIP(r)).Allow() {
			http.Error(w, "rate limit exceeded", http.StatusTooManyRequests)
			return
		}
		next.ServeHTTP(w, r)
	})
}
