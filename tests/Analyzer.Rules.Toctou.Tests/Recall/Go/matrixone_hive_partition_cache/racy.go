// https://github.com/matrixorigin/matrixone/pull/25319
// Hive partition cache with single-flight loading (issue #24908): the cache lookup and the inflight
// leader registration took c.mu in two separate acquisitions. A goroutine could observe a miss,
// stall, and then register itself as a second leader after the first leader had already filled
// the cache and removed its inflight entry. Fix: cache check + inflight join/start under one lock.
package external

import (
	"context"
	"sync"
)

type Partition struct{ Path string }

type flight struct {
	done  chan struct{}
	parts []Partition
	err   error
}

type partitionCache struct {
	mu       sync.Mutex
	entries  map[string][]Partition
	inflight map[string]*flight
}

func (c *partitionCache) get(key string) ([]Partition, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	parts, ok := c.entries[key]
	if !ok {
		return nil, false
	}
	return append([]Partition(nil), parts...), true
}

func (c *partitionCache) finishInflight(key string, f *flight) {
	c.mu.Lock()
	if f.err == nil {
		c.entries[key] = f.parts
	}
	delete(c.inflight, key)
	close(f.done)
	c.mu.Unlock()
}

// List is called concurrently by the scan operators of every parallel reader.
func (c *partitionCache) List(ctx context.Context, key string, load func(context.Context, string) ([]Partition, error)) ([]Partition, error) {
	if parts, ok := c.get(key); ok {
		return parts, nil
	}

	c.mu.Lock()
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
	c.finishInflight(key, f) // Noncompliant
	return f.parts, f.err
}
