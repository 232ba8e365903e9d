// https://github.com/uber/tchannel-go/pull/500
// Fixed version: dialing is serialized by a per-peer lock and the active-connection lookup is
// repeated once that lock is held.
package tchannel

import (
	"context"
	"net"
	"sync"
)

type PeerConn struct {
	conn   net.Conn
	active bool
}

func (c *PeerConn) IsActive() bool { return c.active }

type RemotePeer struct {
	sync.RWMutex
	newConnLock sync.Mutex
	hostPort    string
	conns       []*PeerConn
	dialer      net.Dialer
}

func (p *RemotePeer) activeConn() (*PeerConn, bool) {
	p.RLock()
	defer p.RUnlock()
	for _, c := range p.conns {
		if c.IsActive() {
			return c, true
		}
	}
	return nil, false
}

func (p *RemotePeer) dial(ctx context.Context) (*PeerConn, error) {
	nc, err := p.dialer.DialContext(ctx, "tcp", p.hostPort)
	if err != nil {
		return nil, err
	}
	c := &PeerConn{conn: nc, active: true}
	p.Lock()
	p.conns = append(p.conns, c)
	p.Unlock()
	return c, nil
}

func (p *RemotePeer) Conn(ctx context.Context) (*PeerConn, error) {
	if c, ok := p.activeConn(); ok {
		return c, nil
	}

	// Only one goroutine may create a new connection at a time.
	p.newConnLock.Lock()
	defer p.newConnLock.Unlock()

	// Check again in case someone else got ahead of us.
	if c, ok := p.activeConn(); ok {
		return c, nil
	}
	return p.dial(ctx)
}
