// https://github.com/apache/cassandra-gocql-driver/pull/423 (issue #424)
// Fixed version: the closed flag is claimed with one atomic compare-and-swap, so only
// the single winner closes the socket and the quit channel.
package gocql

import (
	"net"
	"sync/atomic"
)

type Connection struct {
	conn     net.Conn
	isClosed int32
	done     chan struct{}
}

func Open(addr string) (*Connection, error) {
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	c := &Connection{conn: nc, done: make(chan struct{})}
	go c.readLoop()
	return c, nil
}

func (c *Connection) readLoop() {
	buf := make([]byte, 4096)
	for {
		if _, err := c.conn.Read(buf); err != nil {
			c.shutdown(err)
			return
		}
	}
}

// Send writes a request frame; a write failure tears the connection down.
func (c *Connection) Send(frame []byte) error {
	if _, err := c.conn.Write(frame); err != nil {
		c.shutdown(err)
		return err
	}
	return nil
}

func (c *Connection) IsClosed() bool {
	return atomic.LoadInt32(&c.isClosed) == 1
}

func (c *Connection) shutdown(err error) {
	if !atomic.CompareAndSwapInt32(&c.isClosed, 0, 1) {
		return
	}
	c.conn.Close()
	close(c.done)
}
