// https://github.com/orbs-network/orbs-network-go/issues/95
// IncrementHeight bumped the height atomically but then read t.latch, stored a fresh channel and closed the
// one it had read, all unlocked: two goroutines committing blocks at once could read the same latch and both
// close it ("close of closed channel" panic). The fix adds an RWMutex held across the whole swap, and readers
// take the height and latch together under RLock.
package statestorage

import (
	"fmt"
	"sync/atomic"
	"time"
)

type BlockTracker struct {
	currentHeight uint64
	graceDistance uint64
	timeout       time.Duration

	latch chan struct{}
}

func NewBlockTracker(startingHeight uint64, graceDist uint16, timeout time.Duration) *BlockTracker {
	return &BlockTracker{
		currentHeight: startingHeight,
		graceDistance: uint64(graceDist),
		timeout:       timeout,
		latch:         make(chan struct{}),
	}
}

// IncrementHeight is called by the committing goroutines.
func (t *BlockTracker) IncrementHeight() {
	atomic.AddUint64(&t.currentHeight, 1) // increment atomically in case two goroutines commit concurrently
	prevLatch := t.latch
	t.latch = make(chan struct{})
	close(prevLatch) // Noncompliant
}

// WaitForBlock is called by request goroutines that need a given height to be committed.
func (t *BlockTracker) WaitForBlock(requestedHeight uint64) error {
	if t.currentHeight >= requestedHeight { // requested block already committed
		return nil
	}
	if t.currentHeight < requestedHeight-t.graceDistance { // requested block too far ahead, no grace
		return fmt.Errorf("requested future block outside of grace range")
	}

	timer := time.NewTimer(t.timeout)
	defer timer.Stop()

	for t.currentHeight < requestedHeight { // sit on latch until desired height or timeout
		select {
		case <-timer.C:
			return fmt.Errorf("timed out waiting for block at height %v", requestedHeight)
		case <-t.latch:
		}
	}
	return nil
}
