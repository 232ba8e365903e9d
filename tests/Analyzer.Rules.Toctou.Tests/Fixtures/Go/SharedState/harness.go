package sharedstate

import "sync"

// HarnessConn parses what its read loop reads, on the one goroutine Serve starts for it; a test helper runs parse on a
// goroutine of its own instead of the read loop, once per connection: the two never run together, so that start shows
// no second copy of parse.
type HarnessConn struct {
	state int
	in    chan string
	out   []string
}

func (c *HarnessConn) Serve() {
	go c.readLoop()
}

func (c *HarnessConn) readLoop() {
	for s := range c.in {
		c.parse(s)
	}
}

func (c *HarnessConn) parse(s string) {
	if c.state == 0 {
		c.state = 1
	}
	c.out = append(c.out, s)
}

func (c *HarnessConn) Reset() {
	c.state = 0
}

// HarnessCounter's test starts Add on many goroutines at once: it is meant to be called that way.
type HarnessCounter struct {
	mu    sync.Mutex
	n     int
	limit int
}

func (c *HarnessCounter) Add() bool {
	if c.n >= c.limit { // Secondary [check]
		return false
	}
	c.n++ // Noncompliant [TOCTOU001] {{c.n is checked at line 43 and changed at line 46 by c.n, with no lock held at either point, while Add is started in parallel at line 25, in a loop}}
	return true
}

func (c *HarnessCounter) Reset() {
	c.mu.Lock()
	c.n = 0
	c.mu.Unlock()
}
