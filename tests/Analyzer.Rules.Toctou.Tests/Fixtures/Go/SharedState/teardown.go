package sharedstate

import "sync"

// Bus's Close sets closed and closes the channel under one hold of mu, so closed speaks for the channel only while mu
// is held. Publish reads the flag under mu, lets go, and sends: a Close in between makes it send on a closed channel.
type Bus struct {
	mu     sync.Mutex
	closed bool
	ch     chan int
}

func (b *Bus) Publish(v int) {
	b.mu.Lock()
	closed := b.closed // Secondary [check]
	b.mu.Unlock()
	if closed {
		return
	}
	b.ch <- v // Noncompliant [TOCTOU001] {{b.closed is checked at line 15 and decides b.ch <- v at line 20, while Bus.Close changes b.closed and b.ch together under b.mu at line 26 and 27, but b.mu is released before the act}}
}

func (b *Bus) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true // Secondary [act]
	close(b.ch)     // Secondary [act]
}

// ConnPool's Put checks the flag and appends under two holds of mu: Close can empty the pool in between, and the
// connection is kept in a closed pool.
type ConnPool struct {
	mu     sync.Mutex
	closed bool
	conns  []int
}

func (p *ConnPool) Put(c int) {
	p.mu.Lock()
	closed := p.closed // Secondary [check]
	p.mu.Unlock()
	if closed {
		return
	}
	p.mu.Lock()
	p.conns = append(p.conns, c) // Noncompliant [TOCTOU001] {{p.closed is checked at line 40 and decides p.conns = append(p.conns, c) at line 46, while ConnPool.Close changes p.closed and p.conns together under p.mu at line 52 and 53, and p.mu is released and re-taken at line 45 in between}}
	p.mu.Unlock()
}

func (p *ConnPool) Close() {
	p.mu.Lock()
	p.closed = true
	p.conns = nil
	p.mu.Unlock()
}

// SafeBus holds mu from the check to the send, and CheckedPool re-checks the flag under the hold it appends in.
type SafeBus struct {
	mu     sync.Mutex
	closed bool
	ch     chan int
}

func (b *SafeBus) Publish(v int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return
	}
	b.ch <- v
}

func (b *SafeBus) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	close(b.ch)
}

type CheckedPool struct {
	mu     sync.Mutex
	closed bool
	conns  []int
}

func (p *CheckedPool) Put(c int) {
	p.mu.Lock()
	closed := p.closed
	p.mu.Unlock()
	if closed {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	p.conns = append(p.conns, c)
}

func (p *CheckedPool) Close() {
	p.mu.Lock()
	p.closed = true
	p.conns = nil
	p.mu.Unlock()
}

// Rotor's Reset gives both fields new values under mu but tears nothing down: the flag promises nothing about names.
type Rotor struct {
	mu     sync.Mutex
	paused bool
	names  []string
}

func (r *Rotor) Add(n string) {
	r.mu.Lock()
	paused := r.paused
	r.mu.Unlock()
	if !paused {
		r.mu.Lock()
		r.names = append(r.names, n)
		r.mu.Unlock()
	}
}

func (r *Rotor) Reset() {
	r.mu.Lock()
	r.paused = false
	r.names = []string{"first"}
	r.mu.Unlock()
}

// LateCloseBus's Close sets the flag under mu but closes the channel only after letting go: the flag still speaks for
// the channel, and a Publish that saw it clear can send on the channel Close has just closed.
type LateCloseBus struct {
	mu     sync.Mutex
	closed bool
	ch     chan int
}

func (b *LateCloseBus) Publish(v int) {
	b.mu.Lock()
	closed := b.closed
	b.mu.Unlock()
	if closed {
		return
	}
	b.ch <- v // Noncompliant [TOCTOU001] {{b.closed is checked at line 143 and decides b.ch <- v at line 148, while LateCloseBus.Close changes b.closed and then b.ch at line 153 and 155, but b.mu is released before the act}}
}

func (b *LateCloseBus) Close() {
	b.mu.Lock()
	b.closed = true
	b.mu.Unlock()
	close(b.ch)
}

// DrainedBus's Close waits for the sends already past the flag before it closes the channel.
type DrainedBus struct {
	mu      sync.Mutex
	closed  bool
	sending sync.WaitGroup
	ch      chan int
}

func (b *DrainedBus) Publish(v int) {
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		return
	}
	b.sending.Add(1)
	b.mu.Unlock()
	defer b.sending.Done()
	b.ch <- v
}

func (b *DrainedBus) Close() {
	b.mu.Lock()
	b.closed = true
	b.mu.Unlock()
	b.sending.Wait()
	close(b.ch)
}

// AckedBus's Close waits for the sender to say it is done before it closes the channel.
type AckedBus struct {
	mu     sync.Mutex
	closed bool
	acked  chan struct{}
	ch     chan int
}

func (b *AckedBus) Publish(v int) {
	b.mu.Lock()
	closed := b.closed
	b.mu.Unlock()
	if closed {
		return
	}
	b.ch <- v
	b.acked <- struct{}{}
}

func (b *AckedBus) Close() {
	b.mu.Lock()
	b.closed = true
	b.mu.Unlock()
	<-b.acked
	close(b.ch)
}
