// https://github.com/aquasecurity/tracee/pull/4307 (issue https://github.com/aquasecurity/tracee/issues/3872)
// Fixed: the sync.Once is allocated in the constructor before the loop goroutine starts, so
// FeedFromProcFSAsync no longer checks and assigns the field.
package proctree

import (
	"context"
	"sync"
	"time"
)

type EagerProcessTree struct {
	ctx        context.Context
	procfsChan chan int
	procfsOnce *sync.Once
}

func NewEagerProcessTree(ctx context.Context) *EagerProcessTree {
	pt := &EagerProcessTree{
		ctx:        ctx,
		procfsChan: make(chan int, 1000),
		procfsOnce: new(sync.Once),
	}
	pt.runProcfsLoop()
	return pt
}

func (pt *EagerProcessTree) runProcfsLoop() {
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

func (pt *EagerProcessTree) FeedFromProcFSAsync(givenPid int) {
	select {
	case pt.procfsChan <- givenPid:
	default:
		pt.procfsOnce.Do(func() {
			println("procfs proctree loop is busy")
		})
	}
}

func (pt *EagerProcessTree) FeedFromProcFS(givenPid int) error {
	return nil
}
