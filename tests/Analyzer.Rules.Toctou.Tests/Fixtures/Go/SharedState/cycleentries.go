package cycleentries

import "sync"

// flush, partialWrite, collapse, markClosed and notify call one another. partialWrite's documentation says nothing, but
// its one caller, flush, holds mu at the call, so collapse runs under mu from both of its callers, though Tick enters
// the cycle without it (notify starts a flush that takes mu itself).
type wsConn struct {
	mu      sync.Mutex
	pending []byte
	closed  bool
	failed  bool
}

// flush writes the pending bytes out.
// Lock must be held.
func (c *wsConn) flush() {
	nb := c.collapse()
	if len(nb) > 0 {
		c.partialWrite(nb)
	}
}

func (c *wsConn) partialWrite(nb []byte) {
	if c.failed {
		c.collapse()
	}
}

func (c *wsConn) collapse() []byte {
	if len(c.pending) > 0 {
		nb := c.pending
		c.pending = nil
		return nb
	}
	if c.failed {
		c.markClosed()
	}
	return nil
}

// markClosed marks the connection closed.
// Lock must be held.
func (c *wsConn) markClosed() {
	if c.closed {
		return
	}
	c.closed = true
	c.flush()
	c.notify()
}

func (c *wsConn) notify() {
	go func() {
		c.mu.Lock()
		c.flush()
		c.mu.Unlock()
	}()
}

func (c *wsConn) Tick() {
	c.notify()
}

func (c *wsConn) Write(b []byte) {
	c.mu.Lock()
	c.pending = append(c.pending, b...)
	c.flush()
	c.mu.Unlock()
}
