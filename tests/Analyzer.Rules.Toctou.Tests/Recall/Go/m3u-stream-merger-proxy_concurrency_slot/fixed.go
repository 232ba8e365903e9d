// https://github.com/sonroyaalmerol/m3u-stream-merger-proxy/pull/294
// Fixed: the limit test and the increment run inside one xsync Compute call on the
// per-playlist counter, and the caller uses the returned success flag.
package store

import (
	"net/http"
	"sync/atomic"

	"github.com/puzpuzpuz/xsync/v3"
)

type SlotManager struct {
	count *xsync.MapOf[string, *atomic.Int32]
	base  *ConcurrencyManager
}

func (sm *SlotManager) AcquireOrRelease(m3uIndex string, incr bool) bool {
	max := sm.base.getMaxConcurrency(m3uIndex)
	var success bool
	sm.count.Compute(m3uIndex, func(count *atomic.Int32, _ bool) (*atomic.Int32, bool) {
		if count == nil {
			count = &atomic.Int32{}
		}
		if incr {
			if count.Load() < int32(max) {
				count.Add(1)
				success = true
			}
		} else {
			if count.Load() > 0 {
				count.Add(-1)
			}
			success = true
		}
		return count, false
	})
	return success
}

type SlotStreamHandler struct {
	sm *SlotManager
}

func (h *SlotStreamHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	idx := r.URL.Query().Get("m3u")
	if !h.sm.AcquireOrRelease(idx, true) {
		http.Error(w, "concurrency limit reached", http.StatusServiceUnavailable)
		return
	}
	defer h.sm.AcquireOrRelease(idx, false)
	w.WriteHeader(http.StatusOK)
}
