package unnamedlocks

import (
	"sync"
	"time"
)

// Subscribe's documentation says its caller holds the lock, without naming which of the stream's two: it is the one
// every other call of setupMirror holds, so setupMirror runs under it on every call.
type mirrorStream struct {
	mu     sync.RWMutex
	clsMu  sync.RWMutex
	mirror *mirrorSource
	closed bool
}

type mirrorSource struct{ seq uint64 }

// Subscribe creates the stream's internal subscriptions.
// Lock should be held.
func (mset *mirrorStream) Subscribe() error {
	return mset.setupMirror()
}

func (mset *mirrorStream) retryMirror() error {
	mset.mu.Lock()
	defer mset.mu.Unlock()
	return mset.setupMirror()
}

func (mset *mirrorStream) scheduleRetry() {
	time.AfterFunc(time.Second, func() {
		mset.mu.Lock()
		mset.setupMirror()
		mset.mu.Unlock()
	})
}

// setupMirror sets up the mirror consumer.
// Lock should be held.
func (mset *mirrorStream) setupMirror() error {
	if mset.mirror == nil {
		mset.mirror = &mirrorSource{}
	}
	mset.mirror.seq = 1
	return nil
}

func (mset *mirrorStream) signal() {
	mset.clsMu.Lock()
	mset.closed = true
	mset.clsMu.Unlock()
}
