// https://github.com/lxc/go-lxc/pull/91
// Exported Container methods first called makeSure(), which checked the state
// (Running/Defined) under a short read lock, and only then took c.mu.Lock()
// for the liblxc call. Another goroutine could start/stop/destroy the container
// in between; the fix holds c.mu for the whole method and checks inside it.
package lxc

import (
	"errors"
	"sync"
)

var (
	errAlreadyRunning = errors.New("container is already running")
	errNotRunning     = errors.New("container is not running")
	errStartFailed    = errors.New("starting the container failed")
	errStopFailed     = errors.New("stopping the container failed")
)

const (
	racyIsRunning = 1 << iota
	racyIsNotRunning
)

// liblxcHandle stands in for *C.struct_lxc_container.
type liblxcHandle interface {
	IsRunning() bool
	Start() bool
	Stop() bool
}

type RacyContainer struct {
	mu        sync.RWMutex
	container liblxcHandle
}

func (c *RacyContainer) Running() bool {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.container.IsRunning()
}

func (c *RacyContainer) makeSure(flags int) error {
	if flags&racyIsRunning != 0 && !c.Running() {
		return errNotRunning
	}
	if flags&racyIsNotRunning != 0 && c.Running() {
		return errAlreadyRunning
	}
	return nil
}

func (c *RacyContainer) Start() error {
	if err := c.makeSure(racyIsNotRunning); err != nil {
		return err
	}

	c.mu.Lock()
	defer c.mu.Unlock()

	if !c.container.Start() { // Noncompliant
		return errStartFailed
	}
	return nil
}

func (c *RacyContainer) Stop() error {
	if err := c.makeSure(racyIsRunning); err != nil {
		return err
	}

	c.mu.Lock()
	defer c.mu.Unlock()

	if !c.container.Stop() {
		return errStopFailed
	}
	return nil
}
