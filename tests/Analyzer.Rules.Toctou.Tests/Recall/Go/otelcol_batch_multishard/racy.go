// https://github.com/open-telemetry/opentelemetry-collector/issues/9739
// multiShardBatcher.consume checked batchers.Load outside the lock and, on a
// miss, called newShard (which starts the shard goroutine) before LoadOrStore;
// every goroutine that missed for the same metadata built and started a shard,
// and the losers' goroutines leaked. Fix: start the shard only when !loaded.
package batchprocessor

import (
	"context"
	"errors"
	"sync"
)

var errTooManyBatchers = errors.New("too many batcher metadata-value combinations")

type shard struct {
	md      map[string][]string
	newItem chan any
	done    chan struct{}
}

func (b *shard) start() {
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

type multiShardBatcher struct {
	metadataLimit int
	batchers      sync.Map
	lock          sync.Mutex
	size          int
}

func (mb *multiShardBatcher) newShard(md map[string][]string) *shard {
	b := &shard{md: md, newItem: make(chan any, 1), done: make(chan struct{})}
	b.start()
	return b
}

// consume is called by every pipeline goroutine that pushes data.
func (mb *multiShardBatcher) consume(_ context.Context, key string, md map[string][]string, data any) error {
	b, ok := mb.batchers.Load(key)
	if !ok {
		mb.lock.Lock()
		if mb.metadataLimit != 0 && mb.size >= mb.metadataLimit {
			mb.lock.Unlock()
			return errTooManyBatchers
		}
		var loaded bool
		b, loaded = mb.batchers.LoadOrStore(key, mb.newShard(md)) // Noncompliant
		if !loaded {
			mb.size++
		}
		mb.lock.Unlock()
	}
	b.(*shard).newItem <- data
	return nil
}

func (mb *multiShardBatcher) currentMetadataCardinality() int {
	mb.lock.Lock()
	defer mb.lock.Unlock()
	return mb.size
}
