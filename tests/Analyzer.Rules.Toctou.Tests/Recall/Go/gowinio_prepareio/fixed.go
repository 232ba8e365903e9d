// https://github.com/microsoft/go-winio/pull/65 (fixes https://github.com/microsoft/go-winio/issues/29)
// Fixed shape: the flag check and wg.Add happen under the read side of wgLock, and closeHandle swaps
// the flag under the write side, so no Add can slip in once Close has decided to Wait.
package winio

import (
	"errors"
	"sync"
	"sync/atomic"
)

var errGuardedClosed = errors.New("file has already been closed")

type guardedFlag int32

func (b *guardedFlag) isSet() bool { return atomic.LoadInt32((*int32)(b)) != 0 }

func (b *guardedFlag) swap(v bool) bool {
	var n int32
	if v {
		n = 1
	}
	return atomic.SwapInt32((*int32)(b), n) == 1
}

type guardedResult struct {
	bytes uint32
	err   error
}

type guardedIoOp struct {
	ch chan guardedResult
}

type guardedFile struct {
	handle  uintptr
	wg      sync.WaitGroup
	wgLock  sync.RWMutex
	closing guardedFlag
}

func guardedCancelIo(h uintptr) {}

func guardedRelease(h uintptr) {}

func (f *guardedFile) closeHandle() {
	f.wgLock.Lock()
	// Atomically set that we are closing, releasing the resources only once.
	if !f.closing.swap(true) {
		f.wgLock.Unlock()
		guardedCancelIo(f.handle)
		f.wg.Wait()
		guardedRelease(f.handle)
		f.handle = 0
	} else {
		f.wgLock.Unlock()
	}
}

func (f *guardedFile) Close() error {
	f.closeHandle()
	return nil
}

func (f *guardedFile) prepareIo() (*guardedIoOp, error) {
	f.wgLock.RLock()
	if f.closing.isSet() {
		f.wgLock.RUnlock()
		return nil, errGuardedClosed
	}
	f.wg.Add(1)
	f.wgLock.RUnlock()
	c := &guardedIoOp{}
	c.ch = make(chan guardedResult)
	return c, nil
}

func (f *guardedFile) Read(b []byte) (int, error) {
	c, err := f.prepareIo()
	if err != nil {
		return 0, err
	}
	defer f.wg.Done()
	_ = c
	return len(b), nil
}

func guardedConnectPipe(p *guardedFile) error {
	c, err := p.prepareIo()
	if err != nil {
		return err
	}
	defer p.wg.Done()
	_ = c
	return nil
}

type guardedPipeListener struct {
	closeCh chan struct{}
}

func (l *guardedPipeListener) listenerRoutine(p *guardedFile) {
	ch := make(chan error)
	go func() {
		ch <- guardedConnectPipe(p)
	}()
	select {
	case <-ch:
	case <-l.closeCh:
		p.Close()
		<-ch
	}
}
