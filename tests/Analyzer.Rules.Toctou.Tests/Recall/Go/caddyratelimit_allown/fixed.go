// https://github.com/xuqingfeng/caddy-rate-limit/issues/8 (fixed by https://github.com/xuqingfeng/caddy-rate-limit/pull/10)
// Fixed shape: the limiter embeds a mutex that is held across the missing-key check, the insert
// and the read of the per-key limiter.
package ratelimit

import (
	"net/http"
	"strings"
	"sync"
	"time"
)

type lockedBucket struct {
	mu     sync.Mutex
	rate   float64
	burst  int
	tokens float64
	last   time.Time
}

func newLockedBucket(perSecond float64, burst int) *lockedBucket {
	return &lockedBucket{rate: perSecond, burst: burst, tokens: float64(burst)}
}

func (b *lockedBucket) AllowN(now time.Time, n int) bool {
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

type GuardedRule struct {
	Rate      int64
	Burst     int
	Unit      string
	Resources []string
}

type GuardedLimiter struct {
	Keys map[string]*lockedBucket
	sync.Mutex
}

func NewGuardedLimiter() *GuardedLimiter {
	return &GuardedLimiter{
		Keys: make(map[string]*lockedBucket),
	}
}

func (cl *GuardedLimiter) Allow(keys []string, rule GuardedRule) bool {
	return cl.AllowN(keys, rule, 1)
}

func (cl *GuardedLimiter) AllowN(keys []string, rule GuardedRule, n int) bool {
	keysJoined := strings.Join(keys, "|")

	cl.Lock()
	if _, found := cl.Keys[keysJoined]; !found {
		cl.Keys[keysJoined] = newLockedBucket(float64(rule.Rate)/time.Minute.Seconds(), rule.Burst)
	}
	curLimiter := cl.Keys[keysJoined]
	cl.Unlock()

	return curLimiter.AllowN(time.Now(), n)
}

var guardedLimiter = NewGuardedLimiter()

type GuardedRateLimit struct {
	Next  http.Handler
	Rules []GuardedRule
}

func (rl GuardedRateLimit) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	for _, rule := range rl.Rules {
		for _, res := range rule.Resources {
			if !strings.HasPrefix(r.URL.Path, res) {
				continue
			}
			keys := []string{r.RemoteAddr, r.Method, res}
			if !guardedLimiter.Allow(keys, rule) {
				w.WriteHeader(http.StatusTooManyRequests)
				return
			}
		}
	}
	rl.Next.ServeHTTP(w, r)
}
