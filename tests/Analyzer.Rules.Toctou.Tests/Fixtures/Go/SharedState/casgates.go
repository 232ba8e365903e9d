package sharedstate

import (
	"errors"
	"sync/atomic"
)

var errPipeClosed = errors.New("closed pipe")

// Only the caller that wins the compare-and-set gets past the gate of finish, and only finish sets err: the test of
// err and its store are that one caller's. fail sets reason outside any gate, so the test of reason in finish can be
// stale by the time it stores.
type tunnel struct {
	closed atomic.Bool
	err    error
	reason string
}

func (t *tunnel) close(err error) {
	t.finish(err)
}

func (t *tunnel) finish(err error) {
	if !t.closed.CompareAndSwap(false, true) {
		return
	}
	t.err = err
	if t.err == nil {
		t.err = errPipeClosed
	}
	if t.reason == "" { // Secondary [check]
		t.reason = "closed" // Noncompliant [TOCTOU001] {{t.reason is checked at line 31 and changed at line 32 by t.reason, with no lock held at either point, while finish is started in parallel at line 47}}
	}
}

func (t *tunnel) fail(why string) {
	t.reason = why
}

func (t *tunnel) dial(connect func() error) {
	go func() {
		if err := connect(); err != nil {
			t.close(err)
			t.fail(err.Error())
		}
	}()
	go t.finish(nil)
}
