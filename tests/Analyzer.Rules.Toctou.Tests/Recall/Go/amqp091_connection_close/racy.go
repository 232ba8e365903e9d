// https://github.com/rabbitmq/amqp091-go/issues/327 (fix: https://github.com/rabbitmq/amqp091-go/pull/328)
// Connection.Close tested IsClosed() and then sent connection.close, but the closed flag is only set
// later by shutdown(), so several goroutines could pass the test and each send a close frame (the broker
// answers "503 unexpected command"). The fix lets exactly one caller claim the close handshake.
package amqp

import (
	"errors"
	"io"
	"sync"
	"sync/atomic"
)

var ErrClosed = errors.New("channel/connection is not open")

type Connection struct {
	destructor sync.Once
	sendM      sync.Mutex
	m          sync.Mutex
	conn       io.ReadWriteCloser
	rpc        chan string
	closed     int32
}

func Open(conn io.ReadWriteCloser) *Connection {
	c := &Connection{conn: conn, rpc: make(chan string)}
	go c.reader()
	return c
}

func (c *Connection) Close() error {
	if c.IsClosed() {
		return ErrClosed
	}

	defer c.shutdown(nil)
	return c.call("connection.close", "connection.close-ok") // Noncompliant
}

func (c *Connection) IsClosed() bool { return atomic.LoadInt32(&c.closed) == 1 }

func (c *Connection) call(req, want string) error {
	c.sendM.Lock()
	_, err := c.conn.Write([]byte(req))
	c.sendM.Unlock()
	if got, ok := <-c.rpc; err == nil && (!ok || got != want) {
		err = ErrClosed
	}
	return err
}

func (c *Connection) shutdown(err error) {
	atomic.StoreInt32(&c.closed, 1)
	c.destructor.Do(func() {
		c.m.Lock()
		defer c.m.Unlock()
		c.conn.Close()
	})
}

func (c *Connection) reader() {
	defer close(c.rpc)
	buf := make([]byte, 512)
	for {
		n, err := c.conn.Read(buf)
		if err != nil {
			c.shutdown(err)
			return
		}
		c.rpc <- string(buf[:n])
	}
}
