// https://github.com/uber/tchannel-go/pull/500
// Peer.GetConnection looked for an active connection under the peer's read lock and, when
// none was found, released the lock and dialed a new outbound connection. Calls for the same
// peer run concurrently (one per outgoing request), so when a peer had no connection yet, all
// of them missed at the same time and each opened its own connection. The fix adds a
// per-peer newConnLock around the dial and looks for an active connection again once that lock
// is held, so only one goroutine creates the connection and the rest reuse it.
package tchannel

import (
	"context"
	"net"
	"sync"
)

type Connection struct {
	conn   net.Conn
	active bool
}

func (c *Connection) IsActive() bool { return c.active }

type Peer struct {
	sync.RWMutex
	hostPort            string
	inboundConnections  []*Connection
	outboundConnections []*Connection
	dialer              net.Dialer
}

func (p *Peer) getActiveConnLocked() (*Connection, bool) {
	for _, c := range p.inboundConnections {
		if c.IsActive() {
			return c, true
		}
	}
	for _, c := range p.outboundConnections {
		if c.IsActive() {
			return c, true
		}
	}
	return nil, false
}

func (p *Peer) getActiveConn() (*Connection, bool) {
	p.RLock()
	conn, ok := p.getActiveConnLocked()
	p.RUnlock()
	return conn, ok
}

// Connect dials a new outbound connection and records it on the peer.
func (p *Peer) Connect(ctx context.Context) (*Connection, error) {
	nc, err := p.dialer.DialContext(ctx, "tcp", p.hostPort)
	if err != nil {
		return nil, err
	}
	c := &Connection{conn: nc, active: true}
	p.Lock()
	p.outboundConnections = append(p.outboundConnections, c)
	p.Unlock()
	return c, nil
}

// GetConnection is called by every outgoing call to this peer, from many goroutines.
func (p *Peer) GetConnection(ctx context.Context) (*Connection, error) {
	if activeConn, ok := p.getActiveConn(); ok {
		return activeConn, nil
	}
	// No active connections, make a new outgoing connection.
	return p.Connect(ctx) // Noncompliant
}
