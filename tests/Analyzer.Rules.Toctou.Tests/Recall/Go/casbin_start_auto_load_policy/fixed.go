// https://github.com/apache/casbin/pull/806
// Fixed version of the same code (see the racy file's header for the bug and the fix).
package casbin

import (
	"sync"
	"sync/atomic"
	"time"
)

type CASSyncedEnforcer struct {
	*Enforcer
	m               sync.RWMutex
	stopAutoLoad    chan struct{}
	autoLoadRunning int32
}

func NewCASSyncedEnforcer(a Adapter) *CASSyncedEnforcer {
	return &CASSyncedEnforcer{Enforcer: &Enforcer{adapter: a}, stopAutoLoad: make(chan struct{}, 1)}
}

func (e *CASSyncedEnforcer) IsAutoLoadingRunning() bool {
	return atomic.LoadInt32(&(e.autoLoadRunning)) != 0
}

func (e *CASSyncedEnforcer) StartAutoLoadPolicy(d time.Duration) {
	// Don't start another goroutine if there is already one running
	if !atomic.CompareAndSwapInt32(&e.autoLoadRunning, 0, 1) {
		return
	}
	ticker := time.NewTicker(d)
	go func() {
		defer func() {
			ticker.Stop()
			atomic.StoreInt32(&(e.autoLoadRunning), int32(0))
		}()
		for {
			select {
			case <-ticker.C:
				_ = e.LoadPolicy()
			case <-e.stopAutoLoad:
				return
			}
		}
	}()
}

func (e *CASSyncedEnforcer) StopAutoLoadPolicy() {
	if e.IsAutoLoadingRunning() {
		e.stopAutoLoad <- struct{}{}
	}
}

func (e *CASSyncedEnforcer) LoadPolicy() error {
	e.m.Lock()
	defer e.m.Unlock()
	return e.Enforcer.LoadPolicy()
}
