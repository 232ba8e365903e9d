// https://github.com/refraction-networking/conjure/pull/250
// The multi-worker ingest pipeline asked RegistrationExists (read lock) and later called
// TrackRegistration (write lock) as two separate steps. Two workers ingesting the same
// registration both see "not tracked", both track it and both run the liveness test and
// publish it. Fix: one method checks and tracks under the registered-decoys mutex.
package station

import (
	"context"
	"sync"
)

type DecoyRegistration struct {
	PhantomAddr string
	ID          string
	regCount    int32
	Valid       bool
}

type RegisteredDecoys struct {
	m      sync.RWMutex
	decoys map[string]map[string]*DecoyRegistration
}

func (r *RegisteredDecoys) RegistrationExists(d *DecoyRegistration) *DecoyRegistration {
	r.m.RLock()
	defer r.m.RUnlock()
	return r.decoys[d.PhantomAddr][d.ID]
}

func (r *RegisteredDecoys) Track(d *DecoyRegistration) {
	r.m.Lock()
	defer r.m.Unlock()
	if reg, ok := r.decoys[d.PhantomAddr][d.ID]; ok {
		reg.regCount++
		return
	}
	if _, ok := r.decoys[d.PhantomAddr]; !ok {
		r.decoys[d.PhantomAddr] = map[string]*DecoyRegistration{}
	}
	d.regCount = 1
	r.decoys[d.PhantomAddr][d.ID] = d
}

type RegistrationManager struct {
	registeredDecoys *RegisteredDecoys
	PhantomIsLive    func(addr string) bool
	Publish          func(d *DecoyRegistration)
}

func (rm *RegistrationManager) ingestRegistration(reg *DecoyRegistration) {
	if rm.registeredDecoys.RegistrationExists(reg) != nil {
		rm.registeredDecoys.Track(reg)
		return
	}

	rm.registeredDecoys.Track(reg) // Noncompliant

	if rm.PhantomIsLive(reg.PhantomAddr) {
		return
	}
	rm.Publish(reg)
}

func (rm *RegistrationManager) HandleRegUpdates(ctx context.Context, regChan <-chan *DecoyRegistration, workers int) {
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
					rm.ingestRegistration(reg)
				}
			}
		}()
	}
	wg.Wait()
}
