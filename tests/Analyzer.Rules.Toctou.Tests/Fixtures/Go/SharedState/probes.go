package sharedstate

import "sync"

// Outbox asks whether Close has closed done and then sends on queue; Close closes done and then queue with nothing in
// between, so a send that passed the probe can land on the closed queue and panic.
type Outbox struct {
	queue chan string
	done  chan struct{}
}

func (o *Outbox) Post(m string) bool {
	select { // Secondary [guard]
	case <-o.done: // Secondary [check]
		return false
	default:
	}
	o.queue <- m // Noncompliant [TOCTOU001] {{o.done is checked at line 14 and decides o.queue <- m at line 18, while Outbox.Close changes o.done and then o.queue at line 37 and 38, with no lock held at either point}}
	return true
}

func (o *Outbox) Offer(m string) bool {
	select {
	case <-o.done:
		return false
	default:
	}
	select {
	case o.queue <- m: // Noncompliant [TOCTOU001] {{o.done is checked at line 24 and decides o.queue <- m at line 29, while Outbox.Close changes o.done and then o.queue at line 37 and 38, with no lock held at either point}}
		return true
	default:
		return false
	}
}

func (o *Outbox) Close() {
	close(o.done)  // Secondary [act]
	close(o.queue) // Secondary [act]
}

// GuardedOutbox probes and sends under its read lock, and Close closes the queue only under the write lock: a post
// that passed the probe sends before Close can close the queue.
type GuardedOutbox struct {
	mu    sync.RWMutex
	queue chan string
	done  chan struct{}
}

func (o *GuardedOutbox) Post(m string) bool {
	o.mu.RLock()
	defer o.mu.RUnlock()
	select {
	case <-o.done:
		return false
	default:
	}
	select {
	case o.queue <- m:
		return true
	default:
		return false
	}
}

func (o *GuardedOutbox) Close() {
	close(o.done)
	o.mu.Lock()
	close(o.queue)
	o.mu.Unlock()
}

// SignalOutbox never closes its queue: the reader stops on done, so a late send only waits in the buffer.
type SignalOutbox struct {
	queue chan string
	done  chan struct{}
}

func (o *SignalOutbox) Post(m string) bool {
	select {
	case <-o.done:
		return false
	default:
	}
	o.queue <- m
	return true
}

func (o *SignalOutbox) Close() {
	close(o.done)
}

// TaskOutbox queues functions; the message quotes the send with the queued function's body cut short.
type TaskOutbox struct {
	tasks chan func()
	done  chan struct{}
}

func (o *TaskOutbox) Run(f func()) bool {
	select {
	case <-o.done:
		return false
	default:
	}
	var wg sync.WaitGroup
	wg.Add(1)
	o.tasks <- func() { // Noncompliant [TOCTOU001] {{o.done is checked at line 100 and decides o.tasks <- func() … at line 106, while TaskOutbox.Close changes o.done and then o.tasks at line 115 and 116, with no lock held at either point}}
		defer wg.Done()
		f()
	}
	wg.Wait()
	return true
}

func (o *TaskOutbox) Close() {
	close(o.done)
	close(o.tasks)
}

// OnceOutbox closes both channels inside a sync.Once: the closes still come between the probe and the send.
type OnceOutbox struct {
	queue     chan string
	done      chan struct{}
	closeOnce sync.Once
}

func (o *OnceOutbox) Post(m string) bool {
	select {
	case <-o.done:
		return false
	default:
	}
	o.queue <- m // Noncompliant [TOCTOU001] {{o.done is checked at line 128 and decides o.queue <- m at line 132, while OnceOutbox.Close changes o.done and then o.queue at line 138 and 139, with no lock held at either point}}
	return true
}

func (o *OnceOutbox) Close() {
	o.closeOnce.Do(func() {
		close(o.done)
		close(o.queue)
	})
}

// OnceConn's loops both end by closing through a sync.Once: the second close runs nothing.
type OnceConn struct {
	closed    chan struct{}
	closeOnce sync.Once
	inbox     chan string
}

func (c *OnceConn) readLoop() {
	for m := range c.inbox {
		select {
		case <-c.closed:
			return
		default:
		}
		if m == "" {
			c.internalClose()
			return
		}
	}
}

func (c *OnceConn) internalClose() {
	c.closeOnce.Do(func() {
		close(c.closed)
	})
}

func (c *OnceConn) Start() {
	go c.readLoop()
	go c.readLoop()
}

// CountedOutbox counts a post in its group only after the probe: a Close between the two closes done, finds nothing
// counted, stops waiting and closes the queue while the post goes on to send.
type CountedOutbox struct {
	queue    chan string
	done     chan struct{}
	inflight sync.WaitGroup
}

func (o *CountedOutbox) Post(m string) bool {
	select {
	case <-o.done:
		return false
	default:
	}
	o.inflight.Add(1) // Noncompliant [TOCTOU001] {{o.done is checked at line 185 and decides o.inflight.Add(1) at line 189, which counts work in o.inflight that CountedOutbox.Close waits for at line 197 after it closes o.done at line 196, with no lock held from the check to the count: a Close between the two finds nothing counted and returns while the work starts anyway}}
	defer o.inflight.Done()
	o.queue <- m
	return true
}

func (o *CountedOutbox) Close() {
	close(o.done)
	o.inflight.Wait()
	close(o.queue)
}
