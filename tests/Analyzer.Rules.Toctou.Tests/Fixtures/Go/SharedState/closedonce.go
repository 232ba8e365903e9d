package closedonce

import "sync"

// stop runs its body once per consumer, under the flag it checks and sets under mu, and it alone clears feed: a stale
// test of feed in apply found the consumer already stopped, and the second stop does nothing.
type feedStream struct {
	mu   sync.Mutex
	subs map[string]bool
}

type feedConsumer struct {
	mu     sync.RWMutex
	closed bool
	feed   *feedStream
	name   string
}

func newFeedConsumer(feed *feedStream, name string) *feedConsumer {
	return &feedConsumer{feed: feed, name: name}
}

func (o *feedConsumer) stop() {
	o.mu.Lock()
	if o.closed {
		o.mu.Unlock()
		return
	}
	o.closed = true
	o.feed = nil
	o.mu.Unlock()
}

func (o *feedConsumer) apply(remove bool) {
	o.mu.RLock()
	feed := o.feed
	o.mu.RUnlock()
	if feed != nil && remove {
		o.stop()
	}
}

// restart gives the mirror a new source too: a stale test of source in drop can stop a mirror whose source has
// changed since.
type mirror struct {
	mu     sync.RWMutex
	closed bool
	source *feedStream
}

func (m *mirror) stop() {
	m.mu.Lock()
	if m.closed {
		m.mu.Unlock()
		return
	}
	m.closed = true
	m.source = nil
	m.mu.Unlock()
}

func (m *mirror) restart(s *feedStream) {
	m.mu.Lock()
	m.source = s
	m.mu.Unlock()
}

func (m *mirror) drop(s *feedStream) {
	m.mu.RLock()
	source := m.source // Secondary [check]
	m.mu.RUnlock()
	if source == s {
		m.stop() // Noncompliant [TOCTOU001] {{m.source is checked at line 70 and changed at line 73 by m.stop() (on some paths through it), checked under the read lock m.mu and changed under the write lock taken at line 73, inside stop() without re-checking}}
	}
}

// sendAppend writes active under a test of pindex that its branch moves on, but it runs its body on every call: a
// stale test of active in tick is not made safe by it.
type raftNode struct {
	mu     sync.Mutex
	active int
	pindex int
}

func (n *raftNode) sendAppend(entries []int) {
	n.mu.Lock()
	defer n.mu.Unlock()
	idx := n.pindex
	if idx >= 0 {
		n.pindex = idx + 1
		n.active = len(entries) + 1
	}
}

func (n *raftNode) notActive() bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.active == 0
}

func (n *raftNode) tick() {
	if n.notActive() { // Secondary [check]
		n.sendAppend(nil) // Noncompliant [TOCTOU001] {{n.active is checked at line 102 and changed at line 103 by n.sendAppend(nil) (on some paths through it), and n.mu is released and re-taken at line 103, inside sendAppend() in between}}
	}
}
