package externalstore

import "sync"

// A test of which store a field holds is no lookup in it: Reset acts on the node it found, whatever the field holds
// by then.
type Consensus interface {
	Leader() string
	StepDown()
	Delete()
}

type Replica struct {
	mu   sync.RWMutex
	node Consensus
	name string
}

func (r *Replica) Reset() bool {
	r.mu.RLock()
	name, node := r.name, r.node
	r.mu.RUnlock()
	if node != nil {
		node.StepDown()
	}
	if name == "" {
		return false
	}
	if node != nil {
		node.Delete()
	}
	return true
}

func (r *Replica) SetNode(n Consensus) {
	r.mu.Lock()
	r.node = n
	r.mu.Unlock()
}

// A question put to a store is a lookup: what it answered can change before the change that depends on it.
type Peers interface {
	Get(id string) *Peer
	Put(id string, p *Peer)
}

type Peer struct{ ID string }

type Membership struct {
	mu    sync.Mutex
	peers Peers
	count int
}

func (m *Membership) Join(id string) {
	if p := m.peers.Get(id); p == nil {
		m.peers.Put(id, &Peer{ID: id}) // Noncompliant [TOCTOU002] {{Get() on m.peers at line 56 decides Put() on the same store at line 57; the lookup and the change are separate calls on the store, and no lock of ours is held, so a writer that runs between the two calls can change the entry}}
	}
	m.mu.Lock()
	m.count++
	m.mu.Unlock()
}
