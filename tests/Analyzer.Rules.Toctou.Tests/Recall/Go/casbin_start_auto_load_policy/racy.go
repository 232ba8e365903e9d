// https://github.com/apache/casbin/pull/806
// SyncedEnforcer.StartAutoLoadPolicy() returned early if IsAutoLoadingRunning() was true and
// otherwise stored autoLoadRunning=1 and started the reload goroutine. Two goroutines calling it
// together both passed the check and both started a ticker goroutine (StopAutoLoadPolicy then
// stops only one). Fix: claim the start with atomic.CompareAndSwapInt32(&autoLoadRunning, 0, 1).
package casbin

import (
	"sync"
	"sync/atomic"
	"time"
)

type Adapter interface {
	LoadPolicy() ([]string, error)
}

type Enforcer struct {
	adapter Adapter
	policy  []string
}

func (e *Enforcer) LoadPolicy() error {
	p, err := e.adapter.LoadPolicy()
	if err != nil {
		return err
	}
	e.policy = p
	return nil
}

// SyncedEnforcer wraps Enforcer and provides synchronized access
type SyncedEnforcer struct {
	*Enforcer
	m               sync.RWMutex
	stopAutoLoad    chan struct{}
	autoLoadRunning int32
}

func NewSyncedEnforcer(a Adapter) *SyncedEnforcer {
	return &SyncedEnforcer{Enforcer: &Enforcer{adapter: a}, stopAutoLoad: make(chan struct{}, 1)}
}

// IsAutoLoadingRunning check if SyncedEnforcer is auto loading policies
func (e *SyncedEnforcer) IsAutoLoadingRunning() bool {
	return atomic.LoadInt32(&(e.autoLoadRunning)) != 0
}

// StartAutoLoadPolicy starts a go routine that will every specified duration call LoadPolicy
func (e *SyncedEnforcer) StartAutoLoadPolicy(d time.Duration) {
	// Don't start another goroutine if there is already one running
	if e.IsAutoLoadingRunning() {
		return
	}
	atomic.StoreInt32(&(e.autoLoadRunning), int32(1)) // Noncompliant
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

// StopAutoLoadPolicy causes the go routine to exit.
func (e *SyncedEnforcer) StopAutoLoadPolicy() {
	if e.IsAutoLoadingRunning() {
		e.stopAutoLoad <- struct{}{}
	}
}

// LoadPolicy reloads the policy from file/database.
func (e *SyncedEnforcer) LoadPolicy() error {
	e.m.Lock()
	defer e.m.Unlock()
	return e.Enforcer.LoadPolicy()
}
