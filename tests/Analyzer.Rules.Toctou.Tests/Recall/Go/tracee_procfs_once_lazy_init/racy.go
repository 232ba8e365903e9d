// https://github.com/aquasecurity/tracee/pull/4307 (issue https://github.com/aquasecurity/tracee/issues/3872)
// FeedFromProcFSAsync runs on event-pipeline goroutines and lazily creates pt.procfsOnce when it
// is nil, while the procfs loop goroutine replaces the same field every 15s; the nil check and the
// assignment are unsynchronized, so callers can overwrite each other's or the loop's sync.Once.
// Fix: procfsOnce is created once in the constructor and the lazy nil-check/assign is removed.
package proctree

import (
	"context"
	"sync"
	"time"
)

type ProcessTree struct {
	ctx        context.Context
	procfsChan chan int
	procfsOnce *sync.Once
}

func NewProcessTree(ctx context.Context) *ProcessTree {
	pt := &ProcessTree{ctx: ctx, procfsChan: make(chan int, 1000)}
	pt.feedFromProcFSLoop()
	return pt
}

func (pt *ProcessTree) feedFromProcFSLoop() {
	go func() {
		for {
			select {
			case <-time.After(15 * time.Second):
				pt.procfsOnce = new(sync.Once)
			case <-pt.ctx.Done():
				return
			case pid := <-pt.procfsChan:
				_ = pt.FeedFromProcFS(pid)
			}
		}
	}()
}

func (pt *ProcessTree) FeedFromProcFSAsync(givenPid int) {
	if pt.procfsOnce == nil {
		pt.procfsOnce = new(sync.Once) // Noncompliant
	}

	select {
	case pt.procfsChan <- givenPid:
	default:
		pt.procfsOnce.Do(func() {
			println("procfs proctree loop is busy")
		})
	}
}

func (pt *ProcessTree) FeedFromProcFS(givenPid int) error {
	return nil
}
