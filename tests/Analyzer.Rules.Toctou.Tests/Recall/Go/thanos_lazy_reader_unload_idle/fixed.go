// https://github.com/thanos-io/thanos/pull/3760
// Fixed version: the pool still preselects idle readers, but the reader only unloads when
// its last use is still older than the idle threshold, checked under its write lock.
package indexheader

import (
	"errors"
	"sync"
	"sync/atomic"
	"time"
)

var (
	errNotIdle           = errors.New("the reader is not idle")
	errIdxUnloadedInLoad = errors.New("the index-header has been concurrently unloaded")
)

type idxBinaryReader struct{ values []string }

func (b *idxBinaryReader) LabelValues(name string) []string { return b.values }
func (b *idxBinaryReader) Close() error                     { b.values = nil; return nil }

type LazyIdxReader struct {
	readerMx sync.RWMutex
	reader   *idxBinaryReader
	usedAt   atomic.Int64
}

func (r *LazyIdxReader) load() {
	r.readerMx.Lock()
	defer r.readerMx.Unlock()
	if r.reader == nil {
		r.reader = &idxBinaryReader{values: []string{"a", "b"}}
	}
}

func (r *LazyIdxReader) LabelValues(name string) ([]string, error) {
	r.load()
	r.readerMx.RLock()
	defer r.readerMx.RUnlock()
	if r.reader == nil {
		return nil, errIdxUnloadedInLoad
	}
	r.usedAt.Store(time.Now().UnixNano())
	return r.reader.LabelValues(name), nil
}

func (r *LazyIdxReader) isIdleSince(ts int64) bool {
	if r.usedAt.Load() > ts {
		return false
	}
	r.readerMx.RLock()
	loaded := r.reader != nil
	r.readerMx.RUnlock()
	return loaded
}

func (r *LazyIdxReader) unloadIfIdleSince(ts int64) error {
	r.readerMx.Lock()
	defer r.readerMx.Unlock()
	if r.reader == nil {
		return nil
	}
	if ts > 0 && r.usedAt.Load() > ts {
		return errNotIdle
	}
	err := r.reader.Close()
	r.reader = nil
	return err
}

type IdxReaderPool struct {
	idleTimeout   time.Duration
	lazyReadersMx sync.Mutex
	lazyReaders   map[*LazyIdxReader]struct{}
	close         chan struct{}
}

func NewIdxReaderPool(idleTimeout time.Duration) *IdxReaderPool {
	p := &IdxReaderPool{idleTimeout: idleTimeout, lazyReaders: map[*LazyIdxReader]struct{}{}, close: make(chan struct{})}
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

func (p *IdxReaderPool) NewBinaryReader() *LazyIdxReader {
	r := &LazyIdxReader{}
	r.usedAt.Store(time.Now().UnixNano())
	p.lazyReadersMx.Lock()
	p.lazyReaders[r] = struct{}{}
	p.lazyReadersMx.Unlock()
	return r
}

func (p *IdxReaderPool) getIdleReadersSince(ts int64) []*LazyIdxReader {
	p.lazyReadersMx.Lock()
	defer p.lazyReadersMx.Unlock()
	var idle []*LazyIdxReader
	for r := range p.lazyReaders {
		if r.isIdleSince(ts) {
			idle = append(idle, r)
		}
	}
	return idle
}

func (p *IdxReaderPool) closeIdleReaders() {
	idleTimeoutAgo := time.Now().Add(-p.idleTimeout).UnixNano()
	for _, r := range p.getIdleReadersSince(idleTimeoutAgo) {
		_ = r.unloadIfIdleSince(idleTimeoutAgo) // errNotIdle when used since the preselection
	}
}
