// https://github.com/alibaba/sentinel-golang/pull/118
// ThrottlingChecker (uniform-rate queueing) loads lastPassedTime, and if lastPassedTime +
// interval <= now it stores now and lets the request pass. Many goroutines calling DoCheck
// together all read the same old lastPassedTime and all pass (issue #117: up to the number
// of cores instead of one). Fix: replace the plain store with CompareAndSwap against the
// value that was checked; losers fall through to the queueing path.
package flow

import (
	"math"
	"sync"
	"sync/atomic"
	"time"
)

type ResultStatus int

const (
	ResultStatusPass ResultStatus = iota
	ResultStatusBlocked
	ResultStatusShouldWait
)

type TokenResult struct {
	Status ResultStatus
	WaitNs uint64
}

type ThrottlingChecker struct {
	maxQueueingTimeNs uint64
	lastPassedTime    uint64
}

func NewThrottlingChecker(timeoutMs uint32) *ThrottlingChecker {
	return &ThrottlingChecker{maxQueueingTimeNs: uint64(timeoutMs) * uint64(time.Millisecond)}
}

func (c *ThrottlingChecker) DoCheck(acquireCount uint32, threshold float64) TokenResult {
	if threshold <= 0 {
		return TokenResult{Status: ResultStatusBlocked}
	}
	curNano := uint64(time.Now().UnixNano())
	interval := uint64(math.Ceil(float64(acquireCount) / threshold * float64(time.Second)))

	expectedTime := atomic.LoadUint64(&c.lastPassedTime) + interval
	if expectedTime <= curNano {
		atomic.StoreUint64(&c.lastPassedTime, curNano) // Noncompliant
		return TokenResult{Status: ResultStatusPass}
	}

	oldTime := atomic.AddUint64(&c.lastPassedTime, interval)
	if oldTime < curNano || oldTime-curNano > c.maxQueueingTimeNs {
		atomic.AddUint64(&c.lastPassedTime, ^(interval - 1))
		return TokenResult{Status: ResultStatusBlocked}
	}
	return TokenResult{Status: ResultStatusShouldWait, WaitNs: oldTime - curNano}
}

// entryAll: sentinel.Entry runs the checker on every incoming request goroutine.
func entryAll(c *ThrottlingChecker, n int, qps float64) (passed int32) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if c.DoCheck(1, qps).Status == ResultStatusPass {
				atomic.AddInt32(&passed, 1)
			}
		}()
	}
	wg.Wait()
	return passed
}
