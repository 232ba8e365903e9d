// https://github.com/lxc/go-lxc/pull/91
// Fixed shape: every exported method takes c.mu first and keeps it; the state
// checks use unlocked helpers that expect the caller to hold the lock.
package lxc

import "sync"

const (
	lockedIsRunning = 1 << iota
	lockedIsNotRunning
)

type LockedContainer struct {
	mu        sync.RWMutex
	container liblxcHandle
}

// running expects c.mu to be held by the caller.
func (c *LockedContainer) running() bool {
	return c.container.IsRunning()
}

func (c *LockedContainer) Running() bool {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.running()
}

func (c *LockedContainer) verifyState(flags int) error {
	if flags&lockedIsRunning != 0 && !c.running() {
		return errNotRunning
	}
	if flags&lockedIsNotRunning != 0 && c.running() {
		return errAlreadyRunning
	}
	return nil
}

func (c *LockedContainer) Start() error {
	c.mu.Lock()
	defer c.mu.Unlock()

	if err := c.verifyState(lockedIsNotRunning); err != nil {
		return err
	}

	if !c.container.Start() {
		return errStartFailed
	}
	return nil
}

func (c *LockedContainer) Stop() error {
	c.mu.Lock()
	defer c.mu.Unlock()

	if err := c.verifyState(lockedIsRunning); err != nil {
		return err
	}

	if !c.container.Stop() {
		return errStopFailed
	}
	return nil
}
