// https://github.com/tikv/pd/pull/4989
// prepareChecker.check() ran under RLock, read isPrepared and the region counters,
// and then wrote isPrepared = true. Several goroutines may hold the read lock at once,
// so the write raced with other checkers and with collect()/isPrepared readers (issue #4987).
// Fix: take the write lock for the whole check-and-set.
package cluster

import (
	"sync"
	"time"
)

const collectTimeout = 5 * time.Minute
const collectFactor = 0.8

type storeInfo struct {
	id      uint64
	up      bool
	regions int
}

type basicCluster struct {
	regionCount int
	stores      []storeInfo
}

type prepareChecker struct {
	sync.RWMutex
	reactiveRegions map[uint64]int
	start           time.Time
	sum             int
	prepared        bool
}

func newPrepareChecker() *prepareChecker {
	return &prepareChecker{start: time.Now(), reactiveRegions: make(map[uint64]int)}
}

// check is polled by the coordinator goroutine and by RaftCluster callers.
func (checker *prepareChecker) check(c *basicCluster) bool {
	checker.RLock()
	defer checker.RUnlock()
	if checker.prepared || time.Since(checker.start) > collectTimeout {
		return true
	}
	if float64(c.regionCount)*collectFactor > float64(checker.sum) {
		return false
	}
	for _, s := range c.stores {
		if !s.up {
			continue
		}
		if float64(s.regions)*collectFactor > float64(checker.reactiveRegions[s.id]) {
			return false
		}
	}
	checker.prepared = true // Noncompliant
	return true
}

// collect is called for every region heartbeat.
func (checker *prepareChecker) collect(storeIDs []uint64) {
	checker.Lock()
	defer checker.Unlock()
	for _, id := range storeIDs {
		checker.reactiveRegions[id]++
	}
	checker.sum++
}

func (checker *prepareChecker) isPrepared() bool {
	checker.RLock()
	defer checker.RUnlock()
	return checker.prepared
}

func runCoordinator(checker *prepareChecker, c *basicCluster) {
	for i := 0; i < 4; i++ {
		go func() {
			for !checker.check(c) {
				time.Sleep(time.Millisecond)
			}
		}()
	}
	go checker.collect([]uint64{1, 2})
}
