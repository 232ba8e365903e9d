// https://github.com/dgraph-io/badger/pull/1287
// Table.DoesNotHave is called by every goroutine that reads through the LSM levels. With
// LoadBloomsOnOpen=false and no bloom-filter cache, the filter is loaded lazily: every caller
// that still sees t.bf == nil reads the index and assigns t.bf while others read it. The fix
// adds a dedicated bfLock that is held across the nil check and the lazy load.
package table

import (
	"hash/fnv"
	"os"
	"sync"
	"sync/atomic"
)

type Bloom struct{ bits []byte }

func (b *Bloom) Has(h uint64) bool {
	if len(b.bits) == 0 {
		return true
	}
	i := h % uint64(len(b.bits)*8)
	return b.bits[i/8]&(1<<(i%8)) != 0
}

type bloomCache struct {
	mu sync.Mutex
	m  map[uint64]*Bloom
}

type Options struct {
	LoadBloomsOnOpen bool
	BfCache          *bloomCache // nil when the cache is absent
}

// Table represents a loaded SST file shared by all readers.
type Table struct {
	sync.Mutex

	fd         *os.File
	ref        int32
	bf         *Bloom // nil until loaded when BfCache is nil
	id         uint64
	indexStart int
	indexLen   int
	opt        *Options
}

func (t *Table) IncrRef() { atomic.AddInt32(&t.ref, 1) }

func (t *Table) readBloomFilter() (*Bloom, int) {
	data := make([]byte, t.indexLen)
	if _, err := t.fd.ReadAt(data, int64(t.indexStart)); err != nil {
		return &Bloom{}, 0
	}
	return &Bloom{bits: data}, len(data)
}

// DoesNotHave returns true if (but not "only if") the table does not have the key hash.
func (t *Table) DoesNotHave(hash uint64) bool {
	if t.opt.BfCache == nil {
		if t.bf == nil {
			t.bf, _ = t.readBloomFilter() // Noncompliant
		}
		return !t.bf.Has(hash)
	}

	t.opt.BfCache.mu.Lock()
	defer t.opt.BfCache.mu.Unlock()
	bf, ok := t.opt.BfCache.m[t.id]
	if !ok {
		bf, _ = t.readBloomFilter()
		t.opt.BfCache.m[t.id] = bf
	}
	return !bf.Has(hash)
}

// pickTables is called concurrently by iterators and point lookups.
func pickTables(tables []*Table, key []byte) []*Table {
	h := fnv.New64a()
	h.Write(key)
	hash := h.Sum64()
	var out []*Table
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, t := range tables {
		wg.Add(1)
		go func(t *Table) {
			defer wg.Done()
			if !t.DoesNotHave(hash) {
				mu.Lock()
				out = append(out, t)
				mu.Unlock()
			}
		}(t)
	}
	wg.Wait()
	return out
}
