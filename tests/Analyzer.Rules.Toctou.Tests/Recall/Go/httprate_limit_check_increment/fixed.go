// https://github.com/go-chi/httprate/issues/2
// Fixed version (go-chi/httprate#20): rateLimiter has a mutex that is held from reading
// the window counts through the limit comparison to the increment.
package httprate

import (
	"net/http"
	"sync"
	"time"
)

type lockedRateLimiter struct {
	requestLimit int
	windowLength time.Duration
	limitCounter LimitCounter
	mu           sync.Mutex
}

func (l *lockedRateLimiter) ServeLimited(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := r.RemoteAddr
		now := time.Now().UTC()
		currentWindow := now.Truncate(l.windowLength)
		previousWindow := currentWindow.Add(-l.windowLength)

		l.mu.Lock()
		currCount, prevCount, err := l.limitCounter.Get(key, currentWindow, previousWindow)
		if err != nil {
			l.mu.Unlock()
			http.Error(w, err.Error(), http.StatusPreconditionRequired)
			return
		}
		diff := now.Sub(currentWindow)
		rate := float64(prevCount)*(float64(l.windowLength)-float64(diff))/float64(l.windowLength) + float64(currCount)

		if int(rate) >= l.requestLimit {
			l.mu.Unlock()
			http.Error(w, http.StatusText(http.StatusTooManyRequests), http.StatusTooManyRequests)
			return
		}

		if err := l.limitCounter.Increment(key, currentWindow); err != nil {
			l.mu.Unlock()
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		l.mu.Unlock()
		next.ServeHTTP(w, r)
	})
}
