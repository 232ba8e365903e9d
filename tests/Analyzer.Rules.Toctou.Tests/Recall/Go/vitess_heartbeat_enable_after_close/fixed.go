// https://github.com/vitessio/vitess/pull/11157
// Fixed: enabling writes takes the writer mutex and re-checks isOpen, so a Close()
// that ran after the request's check can no longer be followed by a ticker start.
package repltracker

import (
	"sync"
	"sync/atomic"
	"time"
)

type safeTicker struct{ running bool }

func (t *safeTicker) Start(fn func()) { t.running = true }
func (t *safeTicker) Stop()           { t.running = false }

type safeRateLimiter struct{}

func (r *safeRateLimiter) Do(fn func() error) { _ = fn() }

type lockedHeartbeatWriter struct {
	mu          sync.Mutex
	isOpen      bool
	ticks       *safeTicker
	limiter     atomic.Pointer[safeRateLimiter]
	onDemandMu  sync.Mutex
	concurrent  int64
	onDemandDur time.Duration
}

func (w *lockedHeartbeatWriter) OpenWriter() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.isOpen {
		return
	}
	w.isOpen = true
	w.limiter.Store(&safeRateLimiter{})
	go w.RequestLease()
}

func (w *lockedHeartbeatWriter) CloseWriter() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.isOpen {
		return
	}
	w.isOpen = false
	w.ticks.Stop()
	w.limiter.Store(nil)
}

func (w *lockedHeartbeatWriter) beat() {}

func (w *lockedHeartbeatWriter) startWrites() {
	go func() {
		w.mu.Lock()
		defer w.mu.Unlock()
		if !w.isOpen {
			return
		}
		w.ticks.Start(w.beat)
	}()
}

func (w *lockedHeartbeatWriter) RequestLease() {
	rl := w.limiter.Load()
	if rl == nil {
		return
	}
	rl.Do(func() error {
		w.onDemandMu.Lock()
		defer w.onDemandMu.Unlock()
		w.startWrites()
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
