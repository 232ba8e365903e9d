// https://github.com/kedacore/keda/pull/6739
// refreshScaler checked the scaler index under the read lock inside getScalerBuilder,
// released it, and then took the write lock to replace c.Scalers[index]. Close() can
// set c.Scalers to nil in between, so the write hits a missing slot. The fix takes the
// write lock once and does the bounds check and the replacement under it.
package cache

import (
	"context"
	"fmt"
	"sync"
)

type Scaler interface {
	Close(ctx context.Context) error
}

type ScalerConfig struct {
	TriggerIndex int
}

type ScalerBuilder struct {
	Scaler       Scaler
	ScalerConfig ScalerConfig
	Factory      func() (Scaler, *ScalerConfig, error)
}

type ScalersCache struct {
	Scalers []ScalerBuilder
	mutex   sync.RWMutex
}

func (c *ScalersCache) getScalerBuilder(index int) (ScalerBuilder, error) {
	c.mutex.RLock()
	defer c.mutex.RUnlock()
	if index < 0 || index >= len(c.Scalers) {
		return ScalerBuilder{}, fmt.Errorf("scaler with id %d not found. Len = %d", index, len(c.Scalers))
	}
	return c.Scalers[index], nil
}

// Close closes all scalers in the cache.
func (c *ScalersCache) Close(ctx context.Context) {
	c.mutex.Lock()
	scalers := c.Scalers
	c.Scalers = nil
	c.mutex.Unlock()
	for _, s := range scalers {
		_ = s.Scaler.Close(ctx)
	}
}

func (c *ScalersCache) refreshScaler(ctx context.Context, index int) (Scaler, error) {
	oldSb, err := c.getScalerBuilder(index)
	if err != nil {
		return nil, err
	}

	newScaler, sConfig, err := oldSb.Factory()
	if err != nil {
		return nil, err
	}

	c.mutex.Lock()
	c.Scalers[index] = ScalerBuilder{Scaler: newScaler, ScalerConfig: *sConfig, Factory: oldSb.Factory} // Noncompliant
	c.mutex.Unlock()

	_ = oldSb.Scaler.Close(ctx)
	return newScaler, nil
}

// scaleLoop runs per ScaledObject while the controller may call Close on a spec change.
func scaleLoop(ctx context.Context, c *ScalersCache) {
	go func() {
		_, _ = c.refreshScaler(ctx, 0)
	}()
	go c.Close(ctx)
}
