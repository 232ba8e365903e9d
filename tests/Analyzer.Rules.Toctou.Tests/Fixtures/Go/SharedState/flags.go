package sharedstate

import "sync"

// Closer's Stop closes its channel when the flag says it is still open and marks the flag only after the if: two
// Stops at once can both find it unset and close the channel twice. Shutdown does the same under its lock.
type Closer struct {
	mu      sync.Mutex
	stopped bool
	stopCh  chan struct{}
}

func (c *Closer) Stop() {
	if !c.stopped { // Secondary [check]
		close(c.stopCh) // Noncompliant [TOCTOU001] {{c.stopped is checked at line 14 and decides close(c.stopCh) at line 15, which the function marks done in it only at line 17, so two callers that run it at once can both find it unset and both act, with no lock held at either point, while Stop is started in parallel at line 30}}
	}
	c.stopped = true // Secondary [act]
}

func (c *Closer) Shutdown() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.stopped {
		close(c.stopCh)
	}
	c.stopped = true
}

func stopTwice(c *Closer) {
	go c.Stop() // Secondary [concurrency]
	go c.Stop()
}
