package externalstore

import (
	"net/http"
	"time"
)

// WindowCounter counts requests per key and time window in a store other processes share.
type WindowCounter interface {
	Count(key string, window, previous time.Time) (int, int, error)
	Increment(key string, window time.Time) error
}

// Limiter hands out middleware: the handler it returns runs once per request, many at a time.
type Limiter struct {
	limit   int
	counter WindowCounter
}

// The count is read, compared with the limit and raised in separate calls: a burst of requests all read the same
// count before any of them raises it.
func (l *Limiter) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		window := time.Now().Truncate(time.Second)
		current, previous, err := l.counter.Count(r.RemoteAddr, window, window.Add(-time.Second)) // Secondary [check]
		if err != nil || current+previous/2 >= l.limit {
			http.Error(w, "too many requests", http.StatusTooManyRequests)
			return
		}
		if err := l.counter.Increment(r.RemoteAddr, window); err != nil { // Noncompliant [TOCTOU002] {{Count() on l.counter at line 25 decides Increment() on the same store at line 30; the lookup and the change are separate calls on the store, and no lock of ours is held, so a writer that runs between the two calls can change the entry}}
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// The same steps in a function handed back for one caller's own use are no handler: nothing shows two of them
// running at once, and the raise names only one of the two windows the count looked at.
func (l *Limiter) Admitter() func(key string) bool {
	return func(key string) bool {
		window := time.Now().Truncate(time.Second)
		current, previous, err := l.counter.Count(key, window, window.Add(-time.Second))
		if err != nil || current+previous/2 >= l.limit {
			return false
		}
		return l.counter.Increment(key, window) == nil
	}
}
