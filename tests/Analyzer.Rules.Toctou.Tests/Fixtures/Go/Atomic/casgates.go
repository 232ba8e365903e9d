package atomics

import (
	"errors"
	"sync"
	"sync/atomic"
)

var errNotServing = errors.New("not serving")

const (
	boardServing uint32 = iota
	boardStopping
	boardStopped
)

// Switchboard looks at its state first only to leave early; the close and the store run only for the caller whose
// compare-and-swap moved the state from serving to stopping, so no second caller gets there.
type Switchboard struct {
	state uint32
	quit  chan struct{}
	calls sync.RWMutex
}

func (s *Switchboard) Stop() error {
	now := atomic.LoadUint32(&s.state)
	if now == boardStopping || now == boardStopped {
		return nil
	}
	if atomic.CompareAndSwapUint32(&s.state, boardServing, boardStopping) {
		close(s.quit)
		s.calls.Lock()
		defer s.calls.Unlock()
		atomic.StoreUint32(&s.state, boardStopped)
		return nil
	}
	return errNotServing
}
