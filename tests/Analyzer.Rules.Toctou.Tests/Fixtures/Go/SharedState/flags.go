package sharedstate

import (
	"sync"
	"sync/atomic"
)

// Closer's Stop closes its channel when the flag says it is still open and marks the flag only after the if: two
// Stops at once can both find it unset and close the channel twice. Shutdown does the same under its lock.
type Closer struct {
	mu      sync.Mutex
	stopped bool
	stopCh  chan struct{}
}

func (c *Closer) Stop() {
	if !c.stopped { // Secondary [check]
		close(c.stopCh) // Noncompliant [TOCTOU001] {{c.stopped is checked at line 17 and decides close(c.stopCh) at line 18, which the function marks done in it only at line 20, so two callers that run it at once can both pass the test and both act, with no lock held at either point, while Stop is started in parallel at line 33}}
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

// Quitter leaves early when the flag says it is done, acts, and only then marks it: the same race, whether the flag is
// a bool or a word changed atomically. Halt marks it before acting, so its race is on the flag itself.
type Quitter struct {
	quit   bool
	closed int32
	quitCh chan struct{}
	doneCh chan struct{}
}

func (q *Quitter) Quit() {
	if q.quit { // Secondary [check]
		return
	}
	close(q.quitCh) // Noncompliant {{q.quit is checked at line 47 and decides close(q.quitCh) at line 50, which the function marks done in it only at line 51, so two callers that run it at once can both pass the test and both act, with no lock held at either point, while Quit is started in parallel at line 71}}
	q.quit = true   // Secondary [act]
}

func (q *Quitter) Done() {
	if atomic.LoadInt32(&q.closed) == 1 { // Secondary [check]
		return
	}
	close(q.doneCh)                 // Noncompliant {{q.closed is checked at line 55 and decides close(q.doneCh) at line 58, which the function marks done in it only at line 59, so two callers that run it at once can both pass the test and both act, with no lock held at either point, while Done is started in parallel at line 73}}
	atomic.StoreInt32(&q.closed, 1) // Secondary [act]
}

func (q *Quitter) Halt() {
	if q.quit { // Secondary [check]
		return
	}
	q.quit = true // Noncompliant {{q.quit is checked at line 63 and changed at line 66 by q.quit, with no lock held at either point, while Halt is started in parallel at line 75; two callers that run it at once can both pass the test and both reach close(q.quitCh) at line 67, which fails when it is made twice}}
	close(q.quitCh)
}

func quitTwice(q *Quitter) {
	go q.Quit() // Secondary [concurrency]
	go q.Quit()
	go q.Done() // Secondary [concurrency]
	go q.Done()
	go q.Halt() // Secondary [concurrency]
	go q.Halt()
}
