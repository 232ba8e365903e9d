// https://github.com/rancher/remotedialer/issues/254 (fix merged in https://github.com/rancher/remotedialer/pull/261, proposed in #255)
// Fixed version: the "already closed?" check and the marking as closed are one atomic
// CompareAndSwap, so only the first closer counts the metric and closes the buffer.
package remotedialer

import (
	"errors"
	"io"
	"sync"
	"sync/atomic"
)

var removedTunnelConns int64

type tunnelBuffer struct {
	mu  sync.Mutex
	err error
}

func (b *tunnelBuffer) Close(err error) {
	b.mu.Lock()
	b.err = err
	b.mu.Unlock()
}

type tunnelConn struct {
	closed atomic.Bool
	err    error
	buffer *tunnelBuffer
	connID int64
}

func (c *tunnelConn) tunnelClose(err error) {
	c.doTunnelClose(err)
}

func (c *tunnelConn) doTunnelClose(err error) {
	if !c.closed.CompareAndSwap(false, true) {
		return
	}

	atomic.AddInt64(&removedTunnelConns, 1)
	c.err = err
	if c.err == nil {
		c.err = io.ErrClosedPipe
	}
	c.buffer.Close(c.err)
}

type TunnelSession struct {
	sync.Mutex
	conns map[int64]*tunnelConn
}

func (s *TunnelSession) Close() {
	s.Lock()
	defer s.Unlock()
	for _, conn := range s.conns {
		conn.tunnelClose(errors.New("tunnel disconnect"))
	}
	s.conns = map[int64]*tunnelConn{}
}

func (s *TunnelSession) clientConnect(conn *tunnelConn, dial func() error) {
	s.Lock()
	s.conns[conn.connID] = conn
	s.Unlock()

	go func() {
		if err := dial(); err != nil {
			conn.doTunnelClose(err)
		}
	}()
}
