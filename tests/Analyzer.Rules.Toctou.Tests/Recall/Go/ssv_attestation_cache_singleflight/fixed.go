// https://github.com/ssvlabs/ssv/pull/2029
// Fixed: every caller goes through singleflight, and the closure re-checks the cache
// before calling the beacon node, so a value cached by a concurrent request is reused.
package ssv

import (
	"context"
	"strconv"
	"sync"

	"golang.org/x/sync/singleflight"
)

type Epoch uint64

type AttData struct{ Slot Epoch }

type beaconNode interface {
	FetchAttData(ctx context.Context, slot Epoch) (*AttData, error)
}

type BeaconClient struct {
	node    beaconNode
	mu      sync.Mutex
	byEpoch map[Epoch]*AttData
	group   singleflight.Group
}

func (bc *BeaconClient) lookup(slot Epoch) (*AttData, bool) {
	bc.mu.Lock()
	defer bc.mu.Unlock()
	d, ok := bc.byEpoch[slot]
	return d, ok
}

func (bc *BeaconClient) remember(slot Epoch, d *AttData) {
	bc.mu.Lock()
	defer bc.mu.Unlock()
	bc.byEpoch[slot] = d
}

func (bc *BeaconClient) AttestationDataFor(ctx context.Context, slot Epoch) (*AttData, error) {
	v, err, _ := bc.group.Do(strconv.FormatUint(uint64(slot), 10), func() (interface{}, error) {
		if d, ok := bc.lookup(slot); ok {
			return d, nil
		}
		d, err := bc.node.FetchAttData(ctx, slot)
		if err != nil {
			return nil, err
		}
		bc.remember(slot, d)
		return d, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(*AttData), nil
}
