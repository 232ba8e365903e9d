package gotolabels

import "sync"

// loop reaches waitForMsgs only through a goto made while it holds mu (the statement before the label continues the
// loop): expire runs under mu there as in Add.
type puller struct {
	mu      sync.Mutex
	waiting []int
	closed  bool
	mch     chan struct{}
}

// expire drops the oldest request. Lock should be held.
func (o *puller) expire() {
	if len(o.waiting) > 0 {
		o.waiting = o.waiting[1:]
	}
}

func (o *puller) loop(qch chan struct{}) {
	for {
		o.mu.Lock()
		if o.closed {
			o.mu.Unlock()
			return
		}
		if len(o.waiting) == 0 {
			goto waitForMsgs
		}
		o.mu.Unlock()
		continue

	waitForMsgs:
		o.expire()
		mch := o.mch
		o.mu.Unlock()
		select {
		case <-mch:
		case <-qch:
			return
		}
	}
}

func (o *puller) Add(n int) {
	o.mu.Lock()
	o.waiting = append(o.waiting, n)
	o.expire()
	o.mu.Unlock()
}

// drain jumps to its label after letting mu go: trim runs there without it.
type drainer struct {
	mu    sync.Mutex
	queue []int
}

// trim drops the oldest item. Lock should be held.
func (d *drainer) trim() {
	if len(d.queue) > 0 { // Secondary [check]
		d.queue = d.queue[1:] // Noncompliant [TOCTOU001] {{d.queue is checked at line 61 and changed at line 62 by d.queue, which is safe only if every caller holds d.mu, as the documentation of trim at line 59 ("Lock should be held.") says; 1 of the 2 calls to it in the package holds it, but drainer.drain calls it without}}
	}
}

func (d *drainer) drain() {
	d.mu.Lock()
	if len(d.queue) > 10 {
		d.mu.Unlock()
		goto trimmed
	}
	d.mu.Unlock()
	return

trimmed:
	d.trim()
}

func (d *drainer) Push(n int) {
	d.mu.Lock()
	d.queue = append(d.queue, n)
	d.trim()
	d.mu.Unlock()
}
