// https://github.com/weaviate/weaviate/pull/11584
// Shard.UpdateVectorIndexConfigs checks GetVectorIndex(target) (under vectorIndexMu.RLock) and,
// when the target vector is absent, calls initTargetVector, which takes vectorIndexMu.Lock in a
// separate critical section and creates the index and queue. Two concurrent class updates adding
// the same target vector both see it absent and both create it; the second overwrites the map
// entries and orphans the first index+queue. Fix: initTargetVectorWithLock returns early if the
// target already exists, re-checking under the held write lock.
package db

import (
	"context"
	"fmt"
	"sync"
)

type VectorIndexConfig struct{ Distance string }

type VectorIndex interface {
	UpdateUserConfig(cfg VectorIndexConfig, done func()) error
	Shutdown(ctx context.Context) error
}

type VectorIndexQueue struct{ index VectorIndex }

type Shard struct {
	vectorIndexMu sync.RWMutex
	vectorIndexes map[string]VectorIndex
	queues        map[string]*VectorIndexQueue

	newIndex func(target string, cfg VectorIndexConfig) (VectorIndex, error)
}

func (s *Shard) GetVectorIndex(target string) (VectorIndex, bool) {
	s.vectorIndexMu.RLock()
	defer s.vectorIndexMu.RUnlock()
	idx, ok := s.vectorIndexes[target]
	return idx, ok
}

func (s *Shard) initTargetVector(ctx context.Context, target string, cfg VectorIndexConfig) error {
	s.vectorIndexMu.Lock()
	defer s.vectorIndexMu.Unlock()
	return s.initTargetVectorWithLock(ctx, target, cfg)
}

func (s *Shard) initTargetVectorWithLock(ctx context.Context, target string, cfg VectorIndexConfig) error {
	idx, err := s.newIndex(target, cfg)
	if err != nil {
		return fmt.Errorf("cannot create vector index for %q: %w", target, err)
	}
	s.vectorIndexes[target] = idx
	s.queues[target] = &VectorIndexQueue{index: idx}
	return nil
}

// UpdateVectorIndexConfigs runs for every schema update of the class (RAFT apply / REST handler).
func (s *Shard) UpdateVectorIndexConfigs(ctx context.Context, updated map[string]VectorIndexConfig) error {
	wg := new(sync.WaitGroup)
	var err error
	for target, cfg := range updated {
		if index, ok := s.GetVectorIndex(target); ok {
			wg.Add(1)
			if err = index.UpdateUserConfig(cfg, wg.Done); err != nil {
				break
			}
		} else {
			if err = s.initTargetVector(ctx, target, cfg); err != nil { // Noncompliant
				return fmt.Errorf("creating new vector index: %w", err)
			}
		}
	}
	go wg.Wait()
	return err
}
