// https://github.com/vitessio/vitess/pull/11157
// On-demand heartbeat requests (from the throttler goroutine) only checked that the
// writer was open (non-nil rate limiter) and then started the ticker without holding
// w.mu, so a concurrent Close() could run in between and ticks kept firing on a closed
// writer. Fix: enableWrites takes w.mu and re-checks isOpen before starting the ticks.
package repltracker

import (
	"sync"
	"sync/atomic"
	"time"
)

type ticker struct{ running bool }

func (t *ticker) Start(fn func()) { t.running = true }
func (t *ticker) Stop()           { t.running = false }

type rateLimiter struct{}

func (r *rateLimiter) Do(fn func() error) { _ = fn() }

type heartbeatWriter struct {
	mu          sync.Mutex
	isOpen      bool
	ticks       *ticker
	limiter     atomic.Pointer[rateLimiter]
	onDemandMu  sync.Mutex
	concurrent  int64
	onDemandDur time.Duration
}

func (w *heartbeatWriter) Open() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.isOpen {
		return
	}
	w.isOpen = true
	w.limiter.Store(&rateLimiter{})
	go w.RequestHeartbeats()
}

func (w *heartbeatWriter) Close() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.isOpen {
		return
	}
	w.isOpen = false
	w.ticks.Stop()
	w.limiter.Store(nil)
}

func (w *heartbeatWriter) writeHeartbeat() {}

func (w *heartbeatWriter) enableWrites() {
	w.ticks.Start(w.writeHeartbeat) // Noncompliant
}

// RequestHeartbeats is called from throttler check goroutines.
func (w *heartbeatWriter) RequestHeartbeats() {
	rl := w.limiter.Load()
	if rl == nil {
		return
	}
	rl.Do(func() error {
		w.onDemandMu.Lock()
		defer w.onDemandMu.Unlock()
		w.enableWrites()
		w.concurrent++
		time.AfterFunc(w.onDemandDur, func() {
			w.onDemandMu.Lock()
			defer w.onDemandMu.Unlock()
			w.concurrent--
			if w.concurrent == 0 {
				w.ticks.Stop()
			}
		})
		return nil
	})
}
