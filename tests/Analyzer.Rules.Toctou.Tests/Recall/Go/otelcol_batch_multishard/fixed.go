// https://github.com/open-telemetry/opentelemetry-collector/issues/9739
// Fixed as in the batch processor: the shard is built without starting it, and
// its goroutine is started only by the caller whose LoadOrStore stored it.
package batchprocessor

import (
	"context"
	"sync"
)

type lazyShard struct {
	md      map[string][]string
	newItem chan any
	done    chan struct{}
}

func (b *lazyShard) run() {
	go func() {
		for {
			select {
			case <-b.newItem:
			case <-b.done:
				return
			}
		}
	}()
}

type shardedBatcher struct {
	metadataLimit int
	batchers      sync.Map
	lock          sync.Mutex
	size          int
}

func (mb *shardedBatcher) buildShard(md map[string][]string) *lazyShard {
	return &lazyShard{md: md, newItem: make(chan any, 1), done: make(chan struct{})}
}

func (mb *shardedBatcher) push(_ context.Context, key string, md map[string][]string, data any) error {
	b, ok := mb.batchers.Load(key)
	if !ok {
		mb.lock.Lock()
		if mb.metadataLimit != 0 && mb.size >= mb.metadataLimit {
			mb.lock.Unlock()
			return errTooManyBatchers
		}
		var loaded bool
		b, loaded = mb.batchers.LoadOrStore(key, mb.buildShard(md))
		if !loaded {
			// Start the goroutine only if we added the object to the map.
			b.(*lazyShard).run()
			mb.size++
		}
		mb.lock.Unlock()
	}
	b.(*lazyShard).newItem <- data
	return nil
}

func (mb *shardedBatcher) cardinality() int {
	mb.lock.Lock()
	defer mb.lock.Unlock()
	return mb.size
}
