// https://github.com/ethpandaops/spamoor/pull/268
// Start launched runScenario in a new goroutine, and runScenario guarded itself with
// a plain "if s.running { return }; s.running = true". Two Start calls close together
// could both pass the check, both set up runningChan, and both later close it (panic).
// The fix makes the flag an atomic.Bool claimed with one CompareAndSwap, clears it
// before closing, and closes the run's own local channel.
package spamoor

import (
	"context"
	"sync"
)

type Spammer struct {
	ctx         context.Context
	wg          *sync.WaitGroup
	running     bool
	runningChan chan struct{}
	cancel      context.CancelFunc
	work        func(ctx context.Context) error
}

// Start begins the scenario in the background.
func (s *Spammer) Start() error {
	go s.runScenario()
	return nil
}

// Pause cancels the running scenario and waits for it to stop.
func (s *Spammer) Pause() {
	if s.cancel != nil {
		s.cancel()
	}
	<-s.runningChan
}

func (s *Spammer) runScenario() {
	if s.running {
		return
	}
	s.running = true // Noncompliant
	s.wg.Add(1)

	s.runningChan = make(chan struct{})
	var ctx context.Context
	ctx, s.cancel = context.WithCancel(s.ctx)

	defer func() {
		s.wg.Done()
		close(s.runningChan)
		s.running = false
	}()

	_ = s.work(ctx)
}
