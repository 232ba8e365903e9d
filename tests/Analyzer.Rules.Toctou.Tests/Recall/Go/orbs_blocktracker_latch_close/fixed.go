// https://github.com/orbs-network/orbs-network-go/issues/95
// Fixed shape: an RWMutex is held across the height increment and the read/replace/close of the latch, so
// only one committer ever closes a given latch; waiters read the height and the latch together under RLock.
package statestorage

import (
	"fmt"
	"sync"
	"time"
)

type HeightTracker struct {
	graceDistance uint64
	timeout       time.Duration

	mutex         sync.RWMutex
	currentHeight uint64
	latch         chan struct{}
}

func NewHeightTracker(startingHeight uint64, graceDist uint16, timeout time.Duration) *HeightTracker {
	return &HeightTracker{
		currentHeight: startingHeight,
		graceDistance: uint64(graceDist),
		timeout:       timeout,
		latch:         make(chan struct{}),
	}
}

// IncrementHeight is called by the committing goroutines.
func (t *HeightTracker) IncrementHeight() {
	t.mutex.Lock()
	defer t.mutex.Unlock()

	t.currentHeight++
	prevLatch := t.latch
	t.latch = make(chan struct{})
	close(prevLatch)
}

func (t *HeightTracker) getCurrentHeightAndLatchAtomic() (uint64, chan struct{}) {
	t.mutex.RLock()
	defer t.mutex.RUnlock()
	return t.currentHeight, t.latch
}

// WaitForBlock is called by request goroutines that need a given height to be committed.
func (t *HeightTracker) WaitForBlock(requestedHeight uint64) error {
	current, latch := t.getCurrentHeightAndLatchAtomic()
	if current >= requestedHeight { // requested block already committed
		return nil
	}
	if current < requestedHeight-t.graceDistance { // requested block too far ahead, no grace
		return fmt.Errorf("requested future block outside of grace range")
	}

	timer := time.NewTimer(t.timeout)
	defer timer.Stop()

	for current < requestedHeight { // sit on latch until desired height or timeout
		select {
		case <-timer.C:
			return fmt.Errorf("timed out waiting for block at height %v", requestedHeight)
		case <-latch:
			current, latch = t.getCurrentHeightAndLatchAtomic()
		}
	}
	return nil
}
