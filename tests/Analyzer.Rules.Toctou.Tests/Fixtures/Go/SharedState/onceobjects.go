package onceobjects

import "sync"

// Only a consumer's run-once stop clears its outlet: a stale test of the outlet through getOutlet found the consumer
// already stopped, and the second stop does nothing.
type drainStream struct {
	mu   sync.Mutex
	subs map[string]bool
}

type drainConsumer struct {
	mu     sync.RWMutex
	closed bool
	outlet *drainStream
}

func (o *drainConsumer) getOutlet() *drainStream {
	o.mu.RLock()
	defer o.mu.RUnlock()
	return o.outlet
}

func (o *drainConsumer) stop() {
	o.mu.Lock()
	if o.closed {
		o.mu.Unlock()
		return
	}
	o.closed = true
	o.outlet = nil
	o.mu.Unlock()
}

type drainCluster struct {
	mu    sync.Mutex
	peers map[string]bool
}

func (c *drainCluster) removePeer(o *drainConsumer, peer string) {
	c.mu.Lock()
	member := c.peers[peer]
	c.mu.Unlock()
	if outlet := o.getOutlet(); outlet != nil && !member {
		o.stop()
	}
}

// A mirror's inlet is given anew by restart: a stale test of it through getInlet can stop a mirror whose inlet
// has changed since.
type drainMirror struct {
	mu     sync.RWMutex
	closed bool
	inlet  *drainStream
}

func (m *drainMirror) getInlet() *drainStream {
	m.mu.RLock()
	defer m.mu.RUnlock()
	return m.inlet
}

func (m *drainMirror) restart(s *drainStream) {
	m.mu.Lock()
	m.inlet = s
	m.mu.Unlock()
}

func (m *drainMirror) stop() {
	m.mu.Lock()
	if m.closed {
		m.mu.Unlock()
		return
	}
	m.closed = true
	m.inlet = nil
	m.mu.Unlock()
}

func (c *drainCluster) removeMirror(m *drainMirror, s *drainStream) {
	if m.getInlet() == s { // Secondary [check]
		m.stop() // Noncompliant [TOCTOU001] {{m.inlet is checked at line 81 and changed at line 82 by m.stop() (on some paths through it), checked under the read lock m.mu and changed under the write lock taken at line 82, inside stop() without re-checking}}
	}
}

func (c *drainCluster) run(o *drainConsumer, m *drainMirror, s *drainStream) {
	go c.removePeer(o, "a")
	go c.removePeer(o, "b")
	go c.removeMirror(m, s)
	go c.removeMirror(m, s)
}
