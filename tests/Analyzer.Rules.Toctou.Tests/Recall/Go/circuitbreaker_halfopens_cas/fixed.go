// https://github.com/rubyist/circuitbreaker/pull/2
// Fixed shape: the half-open slot is claimed with a single atomic.CompareAndSwapInt64(&halfOpens, 0, 1),
// so exactly one concurrent caller wins the trial call and the others see the breaker as open.
package circuitbreaker

import (
	"errors"
	"sync/atomic"
	"time"
	"unsafe"
)

type Breaker struct {
	Timeout      int
	Threshold    int64
	ResetTimeout time.Duration
	failures     int64
	_lastFailure unsafe.Pointer
	halfOpens    int64
}

type guarded func() error
type breakerState int

const (
	stateOpen breakerState = iota
	stateHalfOpen
	stateClosed
)

var ErrOpen, ErrTimeout = errors.New("breaker open"), errors.New("breaker time out")

func (cb *Breaker) Call(c guarded) error {
	st := cb.state()
	if st == stateOpen {
		return ErrOpen
	}
	var err error
	if cb.Timeout > 0 {
		err = cb.callWithTimeout(c)
	} else {
		err = c()
	}
	if err != nil {
		if st == stateHalfOpen {
			atomic.StoreInt64(&cb.halfOpens, 0)
		}
		atomic.AddInt64(&cb.failures, 1)
		now := time.Now()
		atomic.StorePointer(&cb._lastFailure, unsafe.Pointer(&now))
		return err
	}
	atomic.StoreInt64(&cb.failures, 0)
	atomic.StoreInt64(&cb.halfOpens, 0)
	return nil
}

func (cb *Breaker) callWithTimeout(c guarded) error {
	done := make(chan error, 1)
	go func() { done <- c() }()
	select {
	case err := <-done:
		return err
	case <-time.After(time.Second * time.Duration(cb.Timeout)):
		return ErrTimeout
	}
}

func (cb *Breaker) state() breakerState {
	if cb.failures >= cb.Threshold {
		if time.Since(*(*time.Time)(cb._lastFailure)) > cb.ResetTimeout {
			if atomic.CompareAndSwapInt64(&cb.halfOpens, 0, 1) {
				return stateHalfOpen
			}
			return stateOpen
		}
		return stateOpen
	}
	return stateClosed
}
