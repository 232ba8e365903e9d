// https://github.com/grafana/tempo/pull/7000
// SearchTagValues in the live-store caps how many blocks one query may inspect.
// Blocks are searched by several goroutines; each one reads the shared counter,
// compares it with maxBlocks and only later bumps it, so many goroutines pass the
// check together and the limit is exceeded. Fix: reserve a slot with Inc() > max.
package livestore

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
)

var errComplete = errors.New("complete")

type block interface {
	SearchTagValues(ctx context.Context, tag string, cb func(string) bool) error
}

type instance struct {
	maxBlocksPerQuery int
	blocks            []block
}

// iterateBlocks runs fn for every block on its own goroutine, like the real
// bounded wait group in the live-store.
func (i *instance) iterateBlocks(ctx context.Context, fn func(context.Context, block) error) {
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

func (i *instance) SearchTagValues(ctx context.Context, tagName string) []string {
	var mu sync.Mutex
	var values []string

	var inspectedBlocks atomic.Int32
	var maxBlocks int32
	if limit := i.maxBlocksPerQuery; limit > 0 {
		maxBlocks = int32(limit)
	}

	search := func(ctx context.Context, b block) error {
		if maxBlocks > 0 && inspectedBlocks.Load() >= maxBlocks {
			return errComplete
		}
		inspectedBlocks.Add(1) // Noncompliant

		return b.SearchTagValues(ctx, tagName, func(v string) bool {
			mu.Lock()
			defer mu.Unlock()
			values = append(values, v)
			return false
		})
	}

	i.iterateBlocks(ctx, search)
	return values
}
