// https://github.com/ethereum/go-ethereum/pull/17325
// Follow-up to #16333: conn.set loads the flag word atomically, computes the new bits and
// stores them back, so two goroutines changing flags of the same connection can both load the
// old word and one update is lost (the PR makes set "really atomic"). The fix retries with
// CompareAndSwapInt32 until the word did not change between the load and the store.
package p2p

import (
	"sync"
	"sync/atomic"
)

type connFlag int32

const (
	dynDialedConn connFlag = 1 << iota
	staticDialedConn
	inboundConn
	trustedConn
)

type conn struct {
	flags connFlag
	id    string
}

func (c *conn) is(f connFlag) bool {
	flags := connFlag(atomic.LoadInt32((*int32)(&c.flags)))
	return flags&f != 0
}

func (c *conn) set(f connFlag, val bool) {
	flags := connFlag(atomic.LoadInt32((*int32)(&c.flags)))
	if val {
		flags |= f
	} else {
		flags &= ^f
	}
	atomic.StoreInt32((*int32)(&c.flags), int32(flags)) // Noncompliant
}

type Server struct {
	mu      sync.Mutex
	peers   map[string]*conn
	trusted map[string]bool
}

// AddTrustedPeer may run while other goroutines update flags of the same conn.
func (srv *Server) AddTrustedPeer(id string) {
	srv.mu.Lock()
	srv.trusted[id] = true
	c := srv.peers[id]
	srv.mu.Unlock()
	if c != nil {
		c.set(trustedConn, true)
	}
}

func (srv *Server) dialDone(c *conn) {
	c.set(dynDialedConn, false)
}
