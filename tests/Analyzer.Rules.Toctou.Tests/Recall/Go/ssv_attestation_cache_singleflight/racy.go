// https://github.com/ssvlabs/ssv/pull/2029
// GetAttestationData checked the slot cache before entering singleflight; a request that
// missed just before another one stored its result started a second beacon API call.
// Fix: do the cache lookup inside the singleflight closure (double-check) before fetching.
package ssv

import (
	"context"
	"strconv"
	"sync"

	"golang.org/x/sync/singleflight"
)

type Slot uint64

type AttestationData struct{ Slot Slot }

type beaconAPI interface {
	AttestationData(ctx context.Context, slot Slot) (*AttestationData, error)
}

type GoClient struct {
	api         beaconAPI
	cacheMu     sync.Mutex
	attCache    map[Slot]*AttestationData
	reqInflight singleflight.Group
}

func (gc *GoClient) cached(slot Slot) (*AttestationData, bool) {
	gc.cacheMu.Lock()
	defer gc.cacheMu.Unlock()
	d, ok := gc.attCache[slot]
	return d, ok
}

func (gc *GoClient) store(slot Slot, d *AttestationData) {
	gc.cacheMu.Lock()
	defer gc.cacheMu.Unlock()
	gc.attCache[slot] = d
}

// Called from every committee runner goroutine for the same slot.
func (gc *GoClient) GetAttestationData(ctx context.Context, slot Slot) (*AttestationData, error) {
	if d, ok := gc.cached(slot); ok {
		return d, nil
	}
	v, err, _ := gc.reqInflight.Do(strconv.FormatUint(uint64(slot), 10), func() (interface{}, error) {
		d, err := gc.api.AttestationData(ctx, slot)
		if err != nil {
			return nil, err
		}
		gc.store(slot, d) // Noncompliant
		return d, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*AttestationData), nil
}
