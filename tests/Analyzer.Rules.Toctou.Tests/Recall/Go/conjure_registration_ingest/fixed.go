// https://github.com/refraction-networking/conjure/pull/250
// Fixed: the existence check and the tracking of a new registration are one step under
// the mutex; only the worker that actually added the entry continues down the pipeline.
package station

import (
	"context"
	"sync"
)

type TrackedReg struct {
	PhantomAddr string
	ID          string
	regCount    int32
	Valid       bool
}

type RegTable struct {
	m      sync.RWMutex
	decoys map[string]map[string]*TrackedReg
}

// TrackIfNew returns true when the registration was not tracked before this call.
func (r *RegTable) TrackIfNew(d *TrackedReg) bool {
	r.m.Lock()
	defer r.m.Unlock()
	if reg, ok := r.decoys[d.PhantomAddr][d.ID]; ok {
		reg.regCount++
		return false
	}
	if _, ok := r.decoys[d.PhantomAddr]; !ok {
		r.decoys[d.PhantomAddr] = map[string]*TrackedReg{}
	}
	d.regCount = 1
	r.decoys[d.PhantomAddr][d.ID] = d
	return true
}

type RegManager struct {
	table         *RegTable
	PhantomIsLive func(addr string) bool
	Publish       func(d *TrackedReg)
}

func (rm *RegManager) ingest(reg *TrackedReg) {
	if !rm.table.TrackIfNew(reg) {
		return
	}
	if rm.PhantomIsLive(reg.PhantomAddr) {
		return
	}
	rm.Publish(reg)
}

func (rm *RegManager) HandleUpdates(ctx context.Context, regChan <-chan *TrackedReg, workers int) {
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-ctx.Done():
					return
				case reg := <-regChan:
					rm.ingest(reg)
				}
			}
		}()
	}
	wg.Wait()
}
