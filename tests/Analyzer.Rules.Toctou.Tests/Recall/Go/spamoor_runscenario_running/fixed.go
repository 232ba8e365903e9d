// https://github.com/ethpandaops/spamoor/pull/268
// Fixed version: the running flag is an atomic.Bool taken with CompareAndSwap, so only
// one goroutine can win the start; the flag is cleared before the run's own channel
// is closed.
package spamoor

import (
	"context"
	"sync"
	"sync/atomic"
)

type GuardedSpammer struct {
	ctx      context.Context
	wg       *sync.WaitGroup
	active   atomic.Bool
	mu       sync.Mutex
	doneChan chan struct{}
	stop     context.CancelFunc
	job      func(ctx context.Context) error
}

// Launch begins the scenario in the background.
func (g *GuardedSpammer) Launch() error {
	go g.runOnce()
	return nil
}

// Halt cancels the running scenario and waits for it to stop.
func (g *GuardedSpammer) Halt() {
	g.mu.Lock()
	stop, done := g.stop, g.doneChan
	g.mu.Unlock()
	if stop != nil {
		stop()
	}
	if done != nil {
		<-done
	}
}

func (g *GuardedSpammer) runOnce() {
	if !g.active.CompareAndSwap(false, true) {
		return
	}
	g.wg.Add(1)

	done := make(chan struct{})
	ctx, stop := context.WithCancel(g.ctx)
	g.mu.Lock()
	g.doneChan, g.stop = done, stop
	g.mu.Unlock()

	defer func() {
		g.wg.Done()
		g.active.Store(false)
		close(done)
	}()

	_ = g.job(ctx)
}
