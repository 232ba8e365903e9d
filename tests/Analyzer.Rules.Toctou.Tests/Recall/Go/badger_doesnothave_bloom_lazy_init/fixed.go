// https://github.com/dgraph-io/badger/pull/1287
// Fixed version: the lazy bloom-filter load is done under bfLock, so only one goroutine
// reads the filter and the others see the loaded value.
package table

import (
	"hash/fnv"
	"os"
	"sync"
	"sync/atomic"
)

type filter struct{ bits []byte }

func (b *filter) Has(h uint64) bool {
	if len(b.bits) == 0 {
		return true
	}
	i := h % uint64(len(b.bits)*8)
	return b.bits[i/8]&(1<<(i%8)) != 0
}

type filterCache struct {
	mu sync.Mutex
	m  map[uint64]*filter
}

type TableOptions struct {
	LoadBloomsOnOpen bool
	BfCache          *filterCache
}

// SafeTable represents a loaded SST file shared by all readers.
type SafeTable struct {
	sync.Mutex

	fd         *os.File
	ref        int32
	bf         *filter
	bfLock     sync.Mutex
	id         uint64
	indexStart int
	indexLen   int
	opt        *TableOptions
}

func (t *SafeTable) IncrRef() { atomic.AddInt32(&t.ref, 1) }

func (t *SafeTable) loadFilter() (*filter, int) {
	data := make([]byte, t.indexLen)
	if _, err := t.fd.ReadAt(data, int64(t.indexStart)); err != nil {
		return &filter{}, 0
	}
	return &filter{bits: data}, len(data)
}

// MayNotContain returns true if (but not "only if") the table does not have the key hash.
func (t *SafeTable) MayNotContain(hash uint64) bool {
	if t.opt.BfCache == nil {
		t.bfLock.Lock()
		if t.bf == nil {
			t.bf, _ = t.loadFilter()
		}
		t.bfLock.Unlock()
		return !t.bf.Has(hash)
	}

	t.opt.BfCache.mu.Lock()
	defer t.opt.BfCache.mu.Unlock()
	bf, ok := t.opt.BfCache.m[t.id]
	if !ok {
		bf, _ = t.loadFilter()
		t.opt.BfCache.m[t.id] = bf
	}
	return !bf.Has(hash)
}

func selectTables(tables []*SafeTable, key []byte) []*SafeTable {
	h := fnv.New64a()
	h.Write(key)
	hash := h.Sum64()
	var out []*SafeTable
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, t := range tables {
		wg.Add(1)
		go func(t *SafeTable) {
			defer wg.Done()
			if !t.MayNotContain(hash) {
				mu.Lock()
				out = append(out, t)
				mu.Unlock()
			}
		}(t)
	}
	wg.Wait()
	return out
}
