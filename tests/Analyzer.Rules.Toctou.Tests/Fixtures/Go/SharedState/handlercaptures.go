package sharedstate

import (
	"net/http"
	"sync"
)

// The handler literal takes the quota from the function that makes it, once for all its requests: Take runs once per
// request, many at a time, and writes under the read lock that every other request holds too.
type RequestQuota struct {
	mu   sync.RWMutex
	used map[string]int
}

func (q *RequestQuota) Take(user string) bool {
	q.mu.RLock()
	defer q.mu.RUnlock()
	if _, ok := q.used[user]; ok { // Secondary [check]
		return false
	}
	q.used[user] = 1 // Noncompliant [TOCTOU001] {{q.used[user] is checked at line 18 and changed at line 21 by q.used[user], under the read lock q.mu, which other readers hold at the same time, so two of them can pass the check and both change it}}
	return true
}

func (q *RequestQuota) Reset() {
	q.mu.Lock()
	q.used = map[string]int{}
	q.mu.Unlock()
}

func requestQuotaHandler(q *RequestQuota) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if !q.Take(r.FormValue("user")) {
			http.Error(w, "over quota", http.StatusTooManyRequests)
		}
	}
}
