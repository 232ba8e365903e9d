package assertedtypes

import "sync"

// A pooled delivery has a tap field of its own: deliver sets it on an object that a type assertion says is a
// delivery, not a consumer, so stop alone still clears a consumer's tap, once, and a stale test of tap in detach found
// the consumer already stopped.
type tapStream struct {
	mu      sync.Mutex
	readers int
}

type tapDelivery struct {
	tap  *tapStream
	body []byte
}

var deliveries = sync.Pool{New: func() any { return &tapDelivery{} }}

func deliver(s *tapStream, body []byte) {
	d := deliveries.Get().(*tapDelivery)
	d.tap = s
	d.body = body
	deliveries.Put(d)
}

type tapConsumer struct {
	mu     sync.RWMutex
	closed bool
	tap    *tapStream
}

func (o *tapConsumer) stop() {
	o.mu.Lock()
	if o.closed {
		o.mu.Unlock()
		return
	}
	o.closed = true
	o.tap = nil
	o.mu.Unlock()
}

func (o *tapConsumer) detach(remove bool) {
	o.mu.RLock()
	tap := o.tap
	o.mu.RUnlock()
	if tap != nil && remove {
		o.stop()
	}
}

// rewire gives a consumer that a type assertion names a new wire: a stale test of wire in detach can stop a consumer
// whose wire has changed since.
type wireConsumer struct {
	mu     sync.RWMutex
	closed bool
	wire   *tapStream
}

func (o *wireConsumer) stop() {
	o.mu.Lock()
	if o.closed {
		o.mu.Unlock()
		return
	}
	o.closed = true
	o.wire = nil
	o.mu.Unlock()
}

func rewire(v any, s *tapStream) {
	o := v.(*wireConsumer)
	o.mu.Lock()
	o.wire = s
	o.mu.Unlock()
}

func (o *wireConsumer) detach(s *tapStream) {
	o.mu.RLock()
	wire := o.wire // Secondary [check]
	o.mu.RUnlock()
	if wire == s {
		o.stop() // Noncompliant [TOCTOU001] {{o.wire is checked at line 81 and changed at line 84 by o.stop() (on some paths through it), checked under the read lock o.mu and changed under the write lock taken at line 84, inside stop() without re-checking}}
	}
}
