// https://github.com/tikv/pd/pull/4989
// Fixed: check() takes the exclusive lock, so reading the counters and setting
// the prepared flag happen as one step.
package cluster

import (
	"sync"
	"time"
)

type readinessChecker struct {
	sync.RWMutex
	activeRegions map[uint64]int
	begin         time.Time
	total         int
	ready         bool
}

func newReadinessChecker() *readinessChecker {
	return &readinessChecker{begin: time.Now(), activeRegions: make(map[uint64]int)}
}

func (rc *readinessChecker) checkReady(c *basicCluster) bool {
	rc.Lock()
	defer rc.Unlock()
	if rc.ready || time.Since(rc.begin) > collectTimeout {
		return true
	}
	if float64(c.regionCount)*collectFactor > float64(rc.total) {
		return false
	}
	for _, s := range c.stores {
		if !s.up {
			continue
		}
		if float64(s.regions)*collectFactor > float64(rc.activeRegions[s.id]) {
			return false
		}
	}
	rc.ready = true
	return true
}

func (rc *readinessChecker) collectRegion(storeIDs []uint64) {
	rc.Lock()
	defer rc.Unlock()
	for _, id := range storeIDs {
		rc.activeRegions[id]++
	}
	rc.total++
}

func (rc *readinessChecker) isReady() bool {
	rc.RLock()
	defer rc.RUnlock()
	return rc.ready
}

func runReadinessLoop(rc *readinessChecker, c *basicCluster) {
	for i := 0; i < 4; i++ {
		go func() {
			for !rc.checkReady(c) {
				time.Sleep(time.Millisecond)
			}
		}()
	}
	go rc.collectRegion([]uint64{1, 2})
}
