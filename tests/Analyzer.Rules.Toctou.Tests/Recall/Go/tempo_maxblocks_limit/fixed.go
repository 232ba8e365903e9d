// https://github.com/grafana/tempo/pull/7000
// Fixed: each goroutine reserves its slot with one increment and compares the
// returned value with the limit, so at most maxBlocks blocks are ever searched.
package livestore

import (
	"context"
	"sync"
	"sync/atomic"
)

type liveInstance struct {
	maxBlocksPerQuery int
	blocks            []block
}

func (i *liveInstance) forEachBlock(ctx context.Context, fn func(context.Context, block) error) {
	var wg sync.WaitGroup
	for _, b := range i.blocks {
		wg.Add(1)
		go func(b block) {
			defer wg.Done()
			_ = fn(ctx, b)
		}(b)
	}
	wg.Wait()
}

func (i *liveInstance) TagValues(ctx context.Context, tagName string) []string {
	var mu sync.Mutex
	var values []string

	var inspected atomic.Int32
	var maxBlocks int32
	if limit := i.maxBlocksPerQuery; limit > 0 {
		maxBlocks = int32(limit)
	}

	search := func(ctx context.Context, b block) error {
		// reserve a slot in one step
		if maxBlocks > 0 && inspected.Add(1) > maxBlocks {
			return errComplete
		}
		return b.SearchTagValues(ctx, tagName, func(v string) bool {
			mu.Lock()
			defer mu.Unlock()
			values = append(values, v)
			return false
		})
	}

	i.forEachBlock(ctx, search)
	return values
}
