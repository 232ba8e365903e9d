// https://github.com/microsoft/go-winio/pull/65 (fixes https://github.com/microsoft/go-winio/issues/29)
// prepareIo tested the closing flag and only afterwards did wg.Add(1); a Close running on another
// goroutine could flip the flag and enter wg.Wait in that gap, so the Add raced the Wait (WaitGroup
// misuse panic, or I/O started on a handle being torn down). The fix holds an RWMutex over the
// flag check plus Add, and takes the write side while swapping the flag in closeHandle.
package winio

import (
	"errors"
	"sync"
	"sync/atomic"
)

var errFileClosed = errors.New("file has already been closed")

type atomicBool int32

func (b *atomicBool) isSet() bool { return atomic.LoadInt32((*int32)(b)) != 0 }

func (b *atomicBool) swap(v bool) bool {
	var n int32
	if v {
		n = 1
	}
	return atomic.SwapInt32((*int32)(b), n) == 1
}

type ioResult struct {
	bytes uint32
	err   error
}

// ioOperation represents an outstanding asynchronous Win32 IO.
type ioOperation struct {
	ch chan ioResult
}

// win32File implements Reader, Writer, and Closer on a Win32 handle without blocking in a syscall.
type win32File struct {
	handle  uintptr
	wg      sync.WaitGroup
	closing atomicBool
}

func cancelPendingIo(h uintptr) {}

func releaseHandle(h uintptr) {}

// closeHandle closes the resources associated with a Win32 handle.
func (f *win32File) closeHandle() {
	// Atomically set that we are closing, releasing the resources only once.
	if !f.closing.swap(true) {
		// cancel all IO and wait for it to complete
		cancelPendingIo(f.handle)
		f.wg.Wait()
		// at this point, no new IO can start
		releaseHandle(f.handle)
		f.handle = 0
	}
}

// Close closes a win32File.
func (f *win32File) Close() error {
	f.closeHandle()
	return nil
}

// prepareIo prepares for a new IO operation.
// The caller must call f.wg.Done() when the IO is finished, prior to Close() returning.
func (f *win32File) prepareIo() (*ioOperation, error) {
	if f.closing.isSet() {
		return nil, errFileClosed
	}
	f.wg.Add(1) // Noncompliant
	c := &ioOperation{}
	c.ch = make(chan ioResult)
	return c, nil
}

// Read reads from a file handle.
func (f *win32File) Read(b []byte) (int, error) {
	c, err := f.prepareIo()
	if err != nil {
		return 0, err
	}
	defer f.wg.Done()
	_ = c
	return len(b), nil
}

func connectPipe(p *win32File) error {
	c, err := p.prepareIo()
	if err != nil {
		return err
	}
	defer p.wg.Done()
	_ = c
	return nil
}

type win32PipeListener struct {
	closeCh chan struct{}
}

// listenerRoutine connects the pipe on a helper goroutine and closes it when the listener shuts down.
func (l *win32PipeListener) listenerRoutine(p *win32File) {
	ch := make(chan error)
	go func() {
		ch <- connectPipe(p)
	}()
	select {
	case <-ch:
	case <-l.closeCh:
		p.Close()
		<-ch
	}
}
