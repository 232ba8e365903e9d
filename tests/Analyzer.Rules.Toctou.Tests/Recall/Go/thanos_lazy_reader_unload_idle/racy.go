// https://github.com/thanos-io/thanos/pull/3760
// ReaderPool.closeIdleReaders() took the readers that getIdleReaders() reported idle and
// then called unload() on each of them. A query goroutine could use a reader after the
// idle check and before unload(), so the index-header was unmapped under values the query
// still held (SIGSEGV). Fix: unloadIfIdleSince() repeats the idle check under the write lock.
package indexheader

import (
	"errors"
	"sync"
	"sync/atomic"
	"time"
)

var errUnloadedWhileLoading = errors.New("the index-header has been concurrently unloaded")

type binaryReader struct{ values []string }

func (b *binaryReader) LabelValues(name string) []string { return b.values }
func (b *binaryReader) Close() error                     { b.values = nil; return nil }

// LazyBinaryReader mmaps the index-header on first use and can be unloaded when idle.
type LazyBinaryReader struct {
	readerMx sync.RWMutex
	reader   *binaryReader
	usedAt   atomic.Int64
}

func (r *LazyBinaryReader) load() {
	r.readerMx.Lock()
	defer r.readerMx.Unlock()
	if r.reader == nil {
		r.reader = &binaryReader{values: []string{"a", "b"}}
	}
}

// LabelValues is called by store-gateway query goroutines.
func (r *LazyBinaryReader) LabelValues(name string) ([]string, error) {
	r.load()
	r.readerMx.RLock()
	defer r.readerMx.RUnlock()
	if r.reader == nil {
		return nil, errUnloadedWhileLoading
	}
	r.usedAt.Store(time.Now().UnixNano())
	return r.reader.LabelValues(name), nil
}

func (r *LazyBinaryReader) isIdleSince(ts int64) bool {
	if r.usedAt.Load() > ts {
		return false
	}
	r.readerMx.RLock()
	loaded := r.reader != nil
	r.readerMx.RUnlock()
	return loaded
}

func (r *LazyBinaryReader) unload() error {
	r.readerMx.Lock()
	defer r.readerMx.Unlock()
	if r.reader == nil {
		return nil
	}
	err := r.reader.Close()
	r.reader = nil
	return err
}

type ReaderPool struct {
	idleTimeout   time.Duration
	lazyReadersMx sync.Mutex
	lazyReaders   map[*LazyBinaryReader]struct{}
	close         chan struct{}
}

func NewReaderPool(idleTimeout time.Duration) *ReaderPool {
	p := &ReaderPool{idleTimeout: idleTimeout, lazyReaders: map[*LazyBinaryReader]struct{}{}, close: make(chan struct{})}
	go func() {
		for {
			select {
			case <-p.close:
				return
			case <-time.After(idleTimeout / 10):
				p.closeIdleReaders()
			}
		}
	}()
	return p
}

func (p *ReaderPool) NewBinaryReader() *LazyBinaryReader {
	r := &LazyBinaryReader{}
	r.usedAt.Store(time.Now().UnixNano())
	p.lazyReadersMx.Lock()
	p.lazyReaders[r] = struct{}{}
	p.lazyReadersMx.Unlock()
	return r
}

func (p *ReaderPool) getIdleReaders(ts int64) []*LazyBinaryReader {
	p.lazyReadersMx.Lock()
	defer p.lazyReadersMx.Unlock()
	var idle []*LazyBinaryReader
	for r := range p.lazyReaders {
		if r.isIdleSince(ts) {
			idle = append(idle, r)
		}
	}
	return idle
}

func (p *ReaderPool) closeIdleReaders() {
	idleTimeoutAgo := time.Now().Add(-p.idleTimeout).UnixNano()
	for _, r := range p.getIdleReaders(idleTimeoutAgo) {
		_ = r.unload() // Noncompliant
	}
}
