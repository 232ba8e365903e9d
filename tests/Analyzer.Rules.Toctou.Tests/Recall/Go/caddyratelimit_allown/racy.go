// https://github.com/xuqingfeng/caddy-rate-limit/issues/8 (fixed by https://github.com/xuqingfeng/caddy-rate-limit/pull/10)
// CaddyLimiter.AllowN looked a client key up in a plain map and, when it was missing, stored a new
// limiter for it; concurrent HTTP requests ran this with no lock, so two requests could both miss
// and both insert (and the map crashed with "concurrent map read and map write"). The fix embeds a
// mutex and holds it across the lookup, the insert and the read-back.
package ratelimit

import (
	"net/http"
	"strings"
	"sync"
	"time"
)

// tokenBucket stands in for golang.org/x/time/rate.Limiter, which is internally synchronized.
type tokenBucket struct {
	mu     sync.Mutex
	rate   float64
	burst  int
	tokens float64
	last   time.Time
}

func newTokenBucket(perSecond float64, burst int) *tokenBucket {
	return &tokenBucket{rate: perSecond, burst: burst, tokens: float64(burst)}
}

func (b *tokenBucket) AllowN(now time.Time, n int) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.last.IsZero() {
		b.tokens += now.Sub(b.last).Seconds() * b.rate
		if b.tokens > float64(b.burst) {
			b.tokens = float64(b.burst)
		}
	}
	b.last = now
	if b.tokens < float64(n) {
		return false
	}
	b.tokens -= float64(n)
	return true
}

// Rule is a configuration for ratelimit
type Rule struct {
	Rate      int64
	Burst     int
	Unit      string
	Resources []string
}

type CaddyLimiter struct {
	Keys map[string]*tokenBucket
}

func NewCaddyLimiter() *CaddyLimiter {
	return &CaddyLimiter{
		Keys: make(map[string]*tokenBucket),
	}
}

// Allow is just a shortcut for AllowN
func (cl *CaddyLimiter) Allow(keys []string, rule Rule) bool {
	return cl.AllowN(keys, rule, 1)
}

// AllowN check if n count are allowed for a specific key
func (cl *CaddyLimiter) AllowN(keys []string, rule Rule, n int) bool {
	keysJoined := strings.Join(keys, "|")

	if _, found := cl.Keys[keysJoined]; !found {
		cl.Keys[keysJoined] = newTokenBucket(float64(rule.Rate)/time.Minute.Seconds(), rule.Burst) // Noncompliant
	}

	return cl.Keys[keysJoined].AllowN(time.Now(), n)
}

var caddyLimiter = NewCaddyLimiter()

// RateLimit is an http.Handler that can limit request rate to specific paths or files
type RateLimit struct {
	Next  http.Handler
	Rules []Rule
}

func (rl RateLimit) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	for _, rule := range rl.Rules {
		for _, res := range rule.Resources {
			if !strings.HasPrefix(r.URL.Path, res) {
				continue
			}
			keys := []string{r.RemoteAddr, r.Method, res}
			if !caddyLimiter.Allow(keys, rule) {
				w.WriteHeader(http.StatusTooManyRequests)
				return
			}
		}
	}
	rl.Next.ServeHTTP(w, r)
}
