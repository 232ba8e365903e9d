// https://github.com/alibaba/sentinel-golang/pull/118
package flow

import (
	"math"
	"sync"
	"sync/atomic"
	"time"
)

type CASThrottlingChecker struct {
	maxQueueingTimeNs uint64
	lastPassedTime    uint64
}

func NewCASThrottlingChecker(timeoutMs uint32) *CASThrottlingChecker {
	return &CASThrottlingChecker{maxQueueingTimeNs: uint64(timeoutMs) * uint64(time.Millisecond)}
}

func (c *CASThrottlingChecker) DoCheck(acquireCount uint32, threshold float64) TokenResult {
	if threshold <= 0 {
		return TokenResult{Status: ResultStatusBlocked}
	}
	curNano := uint64(time.Now().UnixNano())
	interval := uint64(math.Ceil(float64(acquireCount) / threshold * float64(time.Second)))

	loadedLastPassedTime := atomic.LoadUint64(&c.lastPassedTime)
	expectedTime := loadedLastPassedTime + interval
	if expectedTime <= curNano {
		if atomic.CompareAndSwapUint64(&c.lastPassedTime, loadedLastPassedTime, curNano) {
			return TokenResult{Status: ResultStatusPass}
		}
	}

	oldTime := atomic.AddUint64(&c.lastPassedTime, interval)
	if oldTime < curNano || oldTime-curNano > c.maxQueueingTimeNs {
		atomic.AddUint64(&c.lastPassedTime, ^(interval - 1))
		return TokenResult{Status: ResultStatusBlocked}
	}
	return TokenResult{Status: ResultStatusShouldWait, WaitNs: oldTime - curNano}
}

func entryAllCAS(c *CASThrottlingChecker, n int, qps float64) (passed int32) {
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
