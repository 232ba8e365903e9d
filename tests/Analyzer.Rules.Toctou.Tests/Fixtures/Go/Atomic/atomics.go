package atomics

import "sync/atomic"

// Conn has no mutex, but its closed flag is an atomic word: it is shared by construction.
type Conn struct {
	closed atomic.Bool
	state  int32
	done   chan struct{}
}

func (c *Conn) Close() {
	if c.closed.Load() { // Secondary [check]
		return
	}
	c.closed.Store(true) // Noncompliant {{c.closed is checked at line 13 and changed at line 16 by c.closed.Store(true), with no lock held at either point}}
	close(c.done)
}

// One compare-and-swap checks and sets: the fix.
func (c *Conn) CloseOnce() {
	if !c.closed.CompareAndSwap(false, true) {
		return
	}
	close(c.done)
}

func (c *Conn) Start() {
	if atomic.LoadInt32(&c.state) == 0 { // Secondary [check]
		atomic.StoreInt32(&c.state, 1) // Noncompliant {{c.state is checked at line 29 and changed at line 30 by atomic.StoreInt32(&c.state, 1), with no lock held at either point}}
	}
}

func (c *Conn) StartOnce() bool {
	return atomic.CompareAndSwapInt32(&c.state, 0, 1)
}
