// https://github.com/kedacore/keda/pull/6739
// Fixed: refresh holds the write lock across the bounds check and the replacement of
// the scaler slot, so Close() cannot clear the slice in between.
package cache

import (
	"context"
	"fmt"
	"sync"
)

type FixedScalersCache struct {
	Scalers []ScalerBuilder
	mutex   sync.RWMutex
}

// Close closes all scalers in the cache.
func (c *FixedScalersCache) Close(ctx context.Context) {
	c.mutex.Lock()
	scalers := c.Scalers
	c.Scalers = nil
	c.mutex.Unlock()
	for _, s := range scalers {
		_ = s.Scaler.Close(ctx)
	}
}

func (c *FixedScalersCache) refreshScalerLocked(ctx context.Context, index int) (Scaler, error) {
	c.mutex.Lock()
	defer c.mutex.Unlock()

	if index < 0 || index >= len(c.Scalers) {
		return nil, fmt.Errorf("scaler with id %d not found. Len = %d", index, len(c.Scalers))
	}
	oldSb := c.Scalers[index]

	newScaler, sConfig, err := oldSb.Factory()
	if err != nil {
		return nil, err
	}

	c.Scalers[index] = ScalerBuilder{Scaler: newScaler, ScalerConfig: *sConfig, Factory: oldSb.Factory}

	_ = oldSb.Scaler.Close(ctx)
	return newScaler, nil
}

func fixedScaleLoop(ctx context.Context, c *FixedScalersCache) {
	go func() {
		_, _ = c.refreshScalerLocked(ctx, 0)
	}()
	go c.Close(ctx)
}
