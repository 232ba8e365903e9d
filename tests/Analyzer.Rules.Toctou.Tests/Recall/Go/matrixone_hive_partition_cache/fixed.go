// https://github.com/matrixorigin/matrixone/pull/25319
// Fixed version: the cache-hit vs. leader/follower decision is made under a single acquisition of
// c.mu, so a goroutine can no longer become a second leader after the cache was populated.
package external

import (
	"context"
	"sync"
)

type singleLockPartitionCache struct {
	mu       sync.Mutex
	entries  map[string][]Partition
	inflight map[string]*flight
}

func (c *singleLockPartitionCache) finish(key string, f *flight) {
	c.mu.Lock()
	if f.err == nil {
		c.entries[key] = f.parts
	}
	delete(c.inflight, key)
	close(f.done)
	c.mu.Unlock()
}

func (c *singleLockPartitionCache) List(ctx context.Context, key string, load func(context.Context, string) ([]Partition, error)) ([]Partition, error) {
	c.mu.Lock()
	if parts, ok := c.entries[key]; ok {
		out := append([]Partition(nil), parts...)
		c.mu.Unlock()
		return out, nil
	}
	if f, ok := c.inflight[key]; ok {
		c.mu.Unlock()
		select {
		case <-f.done:
			return f.parts, f.err
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	f := &flight{done: make(chan struct{})}
	c.inflight[key] = f
	c.mu.Unlock()

	f.parts, f.err = load(ctx, key)
	c.finish(key, f)
	return f.parts, f.err
}
