// https://github.com/rubyist/circuitbreaker/pull/2
// state() read halfOpens and, if 0, bumped it with atomic.AddInt64 and returned half-open, so concurrent Calls
// could all see 0 and all pass as the one trial call. The fix uses atomic.CompareAndSwapInt64(&halfOpens, 0, 1).
package circuitbreaker

import (
	"errors"
	"sync/atomic"
	"time"
	"unsafe"
)

type CircuitBreaker struct {
	Timeout      int
	Threshold    int64
	ResetTimeout time.Duration
	failures     int64
	_lastFailure unsafe.Pointer
	halfOpens    int64
}

type circuit func() error
type state int

const (
	open state = iota
	halfOpen
	closed
)

var ErrBreakerOpen, ErrBreakerTimeout = errors.New("breaker open"), errors.New("breaker time out")

func (cb *CircuitBreaker) Call(c circuit) error {
	st := cb.state()
	if st == open {
		return ErrBreakerOpen
	}
	var err error
	if cb.Timeout > 0 {
		err = cb.callWithTimeout(c)
	} else {
		err = c()
	}
	if err != nil {
		if st == halfOpen {
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

func (cb *CircuitBreaker) callWithTimeout(c circuit) error {
	done := make(chan error, 1)
	go func() { done <- c() }()
	select {
	case err := <-done:
		return err
	case <-time.After(time.Second * time.Duration(cb.Timeout)):
		return ErrBreakerTimeout
	}
}

func (cb *CircuitBreaker) state() state {
	if cb.failures >= cb.Threshold {
		if time.Since(*(*time.Time)(cb._lastFailure)) > cb.ResetTimeout {
			if cb.halfOpens == 0 {
				atomic.AddInt64(&cb.halfOpens, 1) // Noncompliant
				return halfOpen
			}
			return open
		}
		return open
	}
	return closed
}
