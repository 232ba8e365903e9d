// https://github.com/rancher/remotedialer/issues/254 (fix merged in https://github.com/rancher/remotedialer/pull/261, proposed in #255)
// connection.doTunnelClose returned early if c.err was already set and otherwise recorded the
// close error, bumped the "connections removed" metric and closed the read buffer, all without
// any synchronization. It is reached for the same connection from several goroutines (the
// session teardown in Session.Close, the serve loop via closeConnection, and the clientDial
// goroutine), so two closers could both pass the c.err != nil guard: the metric was counted
// twice and buffer.Close ran twice with different errors (race detector traces in the issue).
// The fix does the check-and-set of the error under a connection mutex (the current code uses
// an atomic CompareAndSwap on a closed flag), so only the first closer proceeds.
package remotedialer

import (
	"errors"
	"io"
	"sync"
	"sync/atomic"
)

var removedConnections int64

type readBuffer struct {
	mu  sync.Mutex
	err error
}

func (b *readBuffer) Close(err error) {
	b.mu.Lock()
	b.err = err
	b.mu.Unlock()
}

type connection struct {
	err    error
	buffer *readBuffer
	connID int64
}

func (c *connection) tunnelClose(err error) {
	c.doTunnelClose(err)
}

func (c *connection) doTunnelClose(err error) {
	if c.err != nil {
		return
	}

	atomic.AddInt64(&removedConnections, 1)
	c.err = err // Noncompliant
	if c.err == nil {
		c.err = io.ErrClosedPipe // Noncompliant
	}
	c.buffer.Close(c.err)
}

type Session struct {
	sync.Mutex
	conns map[int64]*connection
}

// Close tears the session down and closes every connection still registered.
func (s *Session) Close() {
	s.Lock()
	defer s.Unlock()
	for _, conn := range s.conns {
		conn.tunnelClose(errors.New("tunnel disconnect"))
	}
	s.conns = map[int64]*connection{}
}

// clientConnect registers the connection and dials back in a new goroutine.
func (s *Session) clientConnect(conn *connection, dial func() error) {
	s.Lock()
	s.conns[conn.connID] = conn
	s.Unlock()

	go func() {
		if err := dial(); err != nil {
			conn.doTunnelClose(err)
		}
	}()
}
