// https://github.com/weaviate/weaviate/pull/11584
// Fixed version: creating a target vector is idempotent. The existence test is repeated
// inside the write-locked section that creates the index, so a caller that lost the race
// returns early instead of overwriting (and orphaning) the index+queue created by the winner.
package db

import (
	"context"
	"fmt"
	"sync"
)

type vecIndexCfg struct{ Distance string }

type vecIndex interface {
	UpdateUserConfig(cfg vecIndexCfg, done func()) error
	Shutdown(ctx context.Context) error
}

type vecIndexQueue struct{ index vecIndex }

type shardVectors struct {
	mu      sync.RWMutex
	indexes map[string]vecIndex
	queues  map[string]*vecIndexQueue

	build func(target string, cfg vecIndexCfg) (vecIndex, error)
}

func (s *shardVectors) lookup(target string) (vecIndex, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	idx, ok := s.indexes[target]
	return idx, ok
}

func (s *shardVectors) addTarget(ctx context.Context, target string, cfg vecIndexCfg) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.addTargetLocked(ctx, target, cfg)
}

func (s *shardVectors) addTargetLocked(ctx context.Context, target string, cfg vecIndexCfg) error {
	if _, exists := s.indexes[target]; exists {
		return nil
	}
	idx, err := s.build(target, cfg)
	if err != nil {
		return fmt.Errorf("cannot create vector index for %q: %w", target, err)
	}
	s.indexes[target] = idx
	s.queues[target] = &vecIndexQueue{index: idx}
	return nil
}

func (s *shardVectors) applyConfigs(ctx context.Context, updated map[string]vecIndexCfg) error {
	wg := new(sync.WaitGroup)
	var err error
	for target, cfg := range updated {
		if index, ok := s.lookup(target); ok {
			wg.Add(1)
			if err = index.UpdateUserConfig(cfg, wg.Done); err != nil {
				break
			}
		} else {
			if err = s.addTarget(ctx, target, cfg); err != nil {
				return fmt.Errorf("creating new vector index: %w", err)
			}
		}
	}
	go wg.Wait()
	return err
}
