// https://github.com/sonroyaalmerol/m3u-stream-merger-proxy/pull/294
// The stream handler asked CheckConcurrency whether the playlist still had a free
// slot and then called UpdateConcurrency(idx, true) to take it. Each call locks on
// its own, so parallel HTTP clients all saw a free slot and the count went over the
// limit. Fix: UpdateConcurrency does the limit test and the increment in one Compute.
package store

import (
	"fmt"
	"net/http"
	"os"
	"strconv"
	"sync"
)

type ConcurrencyManager struct {
	mu    sync.Mutex
	count map[string]int
}

func (cm *ConcurrencyManager) getMaxConcurrency(m3uIndex string) int {
	max, err := strconv.Atoi(os.Getenv(fmt.Sprintf("M3U_MAX_CONCURRENCY_%s", m3uIndex)))
	if err != nil {
		max = 1
	}
	return max
}

func (cm *ConcurrencyManager) CheckConcurrency(m3uIndex string) bool {
	cm.mu.Lock()
	defer cm.mu.Unlock()
	return cm.count[m3uIndex] >= cm.getMaxConcurrency(m3uIndex)
}

func (cm *ConcurrencyManager) UpdateConcurrency(m3uIndex string, incr bool) {
	cm.mu.Lock()
	defer cm.mu.Unlock()
	if incr {
		cm.count[m3uIndex]++
	} else if cm.count[m3uIndex] > 0 {
		cm.count[m3uIndex]--
	}
}

type StreamHandler struct {
	cm *ConcurrencyManager
}

// ServeHTTP runs on its own goroutine for every client request.
func (h *StreamHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	idx := r.URL.Query().Get("m3u")
	if h.cm.CheckConcurrency(idx) {
		http.Error(w, "concurrency limit reached", http.StatusServiceUnavailable)
		return
	}
	h.cm.UpdateConcurrency(idx, true) // Noncompliant
	defer h.cm.UpdateConcurrency(idx, false)
	w.WriteHeader(http.StatusOK)
}
