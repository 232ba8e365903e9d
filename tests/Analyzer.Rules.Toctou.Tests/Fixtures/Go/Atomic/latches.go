package latches

import (
	"sync"
	"sync/atomic"
)

// Each search skips its part once another has found the name, and raises the flag when it finds it: a stale test
// only searches once more, and the store sets what is set already.
type nameShards struct {
	parts [][]string
}

func (s *nameShards) Has(name string) bool {
	var found uint32
	var wg sync.WaitGroup
	for _, part := range s.parts {
		part := part
		wg.Add(1)
		go func() {
			defer wg.Done()
			if atomic.LoadUint32(&found) == 1 {
				return
			}
			for _, n := range part {
				if n == name {
					atomic.StoreUint32(&found, 1)
					return
				}
			}
		}()
	}
	wg.Wait()
	return atomic.LoadUint32(&found) == 1
}

// Each search that finds the name counts it once more: a stale test lets two of them both count past the limit.
func (s *nameShards) Count(name string, limit int32) int32 {
	var seen int32
	var wg sync.WaitGroup
	for _, part := range s.parts {
		part := part
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, n := range part {
				if n == name && atomic.LoadInt32(&seen) < limit { // Secondary [check]
					atomic.AddInt32(&seen, 1) // Noncompliant [TOCTOU001] {{seen is checked at line 47 and changed at line 48 by atomic.AddInt32(&seen, 1), with no lock held at either point, while the function literal they are in is started in parallel at line 44, in a loop}}
				}
			}
		}()
	}
	wg.Wait()
	return atomic.LoadInt32(&seen)
}
