// https://github.com/go-chi/httprate/issues/2
// The rate-limit middleware read the sliding-window rate from the LimitCounter, compared
// it with the limit, and only afterwards called Increment. Concurrent requests for one key
// all read the same count before any increment, so a burst of 50 passed a 25/s limit.
// Fix (go-chi/httprate#20): a mutex on rateLimiter held from the rate read to the increment.
package httprate

import (
	"net/http"
	"sync"
	"time"
)

type LimitCounter interface {
	Increment(key string, currentWindow time.Time) error
	Get(key string, currentWindow, previousWindow time.Time) (int, int, error)
}

type localCounter struct {
	mu       sync.Mutex
	counters map[string]int
}

func (c *localCounter) Increment(key string, currentWindow time.Time) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counters[key+currentWindow.String()]++
	return nil
}

func (c *localCounter) Get(key string, currentWindow, previousWindow time.Time) (int, int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.counters[key+currentWindow.String()], c.counters[key+previousWindow.String()], nil
}

type rateLimiter struct {
	requestLimit int
	windowLength time.Duration
	limitCounter LimitCounter
}

func (l *rateLimiter) Handler(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := r.RemoteAddr
		now := time.Now().UTC()
		currentWindow := now.Truncate(l.windowLength)
		previousWindow := currentWindow.Add(-l.windowLength)

		currCount, prevCount, err := l.limitCounter.Get(key, currentWindow, previousWindow)
		if err != nil {
			http.Error(w, err.Error(), http.StatusPreconditionRequired)
			return
		}
		diff := now.Sub(currentWindow)
		rate := float64(prevCount)*(float64(l.windowLength)-float64(diff))/float64(l.windowLength) + float64(currCount)

		if int(rate) >= l.requestLimit {
			http.Error(w, http.StatusText(http.StatusTooManyRequests), http.StatusTooManyRequests)
			return
		}

		if err := l.limitCounter.Increment(key, currentWindow); err != nil { // Noncompliant
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		next.ServeHTTP(w, r)
	})
}
