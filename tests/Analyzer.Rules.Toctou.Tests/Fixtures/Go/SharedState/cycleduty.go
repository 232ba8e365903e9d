package sharedstate

import "sync"

// Spooler's queue, markClosed and enqueueAndFlush call each other in a cycle, each documented to run under the caller's
// lock: enqueueAndFlush's call of queue holds it, as its documentation says, although Abort enters the cycle without it
// (which markClosed's finding names).
type Spooler struct {
	mu      sync.Mutex
	pending []byte
	limit   int
	closed  bool
}

// queue adds b. Lock should be held.
func (o *Spooler) queue(b []byte) {
	if len(o.pending) > o.limit {
		o.markClosed()
		return
	}
	if o.pending == nil {
		o.pending = make([]byte, 0, 64)
	}
	o.pending = append(o.pending, b...)
}

// markClosed closes the outbox. Lock is held on entry.
func (o *Spooler) markClosed() {
	if o.closed { // Secondary [check]
		return
	}
	o.closed = true // Noncompliant [TOCTOU001] {{o.closed is checked at line 29 and changed at line 32 by o.closed, which is safe only if every caller holds o.mu, as the documentation of markClosed at line 27 ("Lock is held on entry.") says; 2 of the 3 calls to it in the package hold it, but Spooler.Abort calls it without}}
	o.enqueueAndFlush([]byte("bye"))
}

// enqueueAndFlush queues b. Assume the lock is held upon entry.
func (o *Spooler) enqueueAndFlush(b []byte) {
	o.queue(b)
}

func (o *Spooler) Send(b []byte) {
	o.mu.Lock()
	o.queue(b)
	o.mu.Unlock()
}

func (o *Spooler) Close() {
	o.mu.Lock()
	o.markClosed()
	o.mu.Unlock()
}

// Abort marks the outbox closed without taking the lock.
func (o *Spooler) Abort() {
	o.markClosed()
}

func StartSpooler(o *Spooler) {
	go o.Send(nil)
}

// Forwarder's push and flush call each other, each documented to run under the caller's lock, and every call into them
// from outside holds it; but flush lets it go around its call of push, which then runs without it.
type Forwarder struct {
	mu  sync.Mutex
	buf []byte
	out chan []byte
}

// push adds b and flushes when the buffer is full. Lock is held on entry.
func (r *Forwarder) push(b []byte) {
	if r.buf == nil { // Secondary [check]
		r.buf = make([]byte, 0, 64) // Noncompliant [TOCTOU001] {{r.buf is checked at line 72 and changed at line 73 by r.buf, which is safe only if every caller holds r.mu, as the documentation of push at line 70 ("Lock is held on entry.") says; 1 of the 2 calls to it in the package holds it, but Forwarder.flush calls it without}}
	}
	r.buf = append(r.buf, b...)
	if len(r.buf) > 64 { // Secondary [check]
		r.flush() // Noncompliant [TOCTOU001] {{r.buf is checked at line 76 and changed at line 77 by r.flush(), and r.mu is released and re-taken at line 77, inside flush() in between}}
	}
}

// flush hands the buffer on. Lock is held on entry.
func (r *Forwarder) flush() {
	b := r.buf
	r.buf = nil
	r.mu.Unlock()
	r.out <- b
	r.push(nil)
	r.mu.Lock()
}

func (r *Forwarder) Write(b []byte) {
	r.mu.Lock()
	r.push(b)
	r.mu.Unlock()
}

func StartForwarder(r *Forwarder) {
	go r.Write(nil)
}
