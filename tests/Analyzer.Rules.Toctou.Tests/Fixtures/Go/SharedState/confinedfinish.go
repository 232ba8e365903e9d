package confinedfinish

import (
	"errors"
	"io"
	"sync"
)

// finish runs without r.mu only through finishAndClose, which only newReader calls, on the reader it has just made and
// not yet returned: no other goroutine can reach that reader.
type reader struct {
	mu  sync.Mutex
	rc  io.ReadCloser
	buf []byte
	err error
}

func newReader(rc io.ReadCloser) (*reader, error) {
	r := &reader{rc: rc, buf: make([]byte, 16)}
	if _, err := io.ReadFull(r.rc, r.buf); err != nil {
		return nil, r.finishAndClose(err)
	}
	if r.buf[0] != 'M' {
		return nil, r.finishAndClose(errors.New("bad magic"))
	}
	return r, nil
}

func (r *reader) finish(err error) error {
	if r.err != nil {
		return r.err
	}
	r.err = err
	r.buf = nil
	return err
}

func (r *reader) finishAndClose(err error) error {
	_ = r.finish(err)
	return r.rc.Close()
}

func (r *reader) Read(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.err != nil {
		return 0, r.err
	}
	n, err := r.rc.Read(p)
	if err != nil {
		return n, r.finish(err)
	}
	return n, nil
}

func (r *reader) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.finish(errors.New("closed"))
}

type sink struct {
	mu  sync.Mutex
	rc  io.ReadCloser
	buf []byte
	err error
}

func newSink(rc io.ReadCloser) (*sink, error) {
	r := &sink{rc: rc, buf: make([]byte, 16)}
	if _, err := io.ReadFull(r.rc, r.buf); err != nil {
		return nil, r.finishAndClose(err)
	}
	if r.buf[0] != 'M' {
		return nil, r.finishAndClose(errors.New("bad magic"))
	}
	return r, nil
}

func (r *sink) finish(err error) error {
	if r.err != nil {
		return r.err
	}
	r.err = err // Noncompliant [TOCTOU001] {{r.err is checked at line 81 and changed at line 84 by r.err, with no lock held at either point in finish: 2 of the 3 calls to it in the package hold r.mu, but sink.finishAndClose calls it without}}
	r.buf = nil
	return err
}

func (r *sink) finishAndClose(err error) error {
	_ = r.finish(err)
	return r.rc.Close()
}

func (r *sink) Read(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.err != nil {
		return 0, r.err
	}
	n, err := r.rc.Read(p)
	if err != nil {
		return n, r.finish(err)
	}
	return n, nil
}

func (r *sink) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.finish(errors.New("closed"))
}

// Abort reaches finishAndClose on a sink anyone may hold: its call of finish is counted, without the lock.
func (r *sink) Abort() error {
	return r.finishAndClose(errors.New("aborted"))
}
