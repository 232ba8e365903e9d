// https://github.com/rabbitmq/amqp091-go/issues/327 (fix: https://github.com/rabbitmq/amqp091-go/pull/328)
// Fixed version: after the cheap closed test the caller must claim the close handshake under closeM
// (closeInit goes from false to true exactly once); every other caller gets ErrConnClosed, so only one
// connection.close frame is ever sent.
package amqp

import (
	"errors"
	"io"
	"sync"
	"sync/atomic"
)

var ErrConnClosed = errors.New("channel/connection is not open")

type Conn struct {
	destructor sync.Once
	closeM     sync.Mutex
	closeInit  bool
	sendM      sync.Mutex
	m          sync.Mutex
	transport  io.ReadWriteCloser
	rpc        chan string
	closed     int32
}

func Dial(transport io.ReadWriteCloser) *Conn {
	c := &Conn{transport: transport, rpc: make(chan string)}
	go c.readLoop()
	return c
}

func (c *Conn) Close() error {
	if c.Closed() {
		return ErrConnClosed
	}
	c.closeM.Lock()
	initiated := !c.closeInit
	c.closeInit = true
	c.closeM.Unlock()
	if !initiated {
		return ErrConnClosed
	}
	defer c.teardown(nil)
	return c.roundTrip("connection.close", "connection.close-ok")
}

func (c *Conn) Closed() bool { return atomic.LoadInt32(&c.closed) == 1 }

func (c *Conn) roundTrip(req, want string) error {
	c.sendM.Lock()
	_, err := c.transport.Write([]byte(req))
	c.sendM.Unlock()
	if got, ok := <-c.rpc; err == nil && (!ok || got != want) {
		err = ErrConnClosed
	}
	return err
}

func (c *Conn) teardown(err error) {
	atomic.StoreInt32(&c.closed, 1)
	c.destructor.Do(func() {
		c.m.Lock()
		defer c.m.Unlock()
		c.transport.Close()
	})
}

func (c *Conn) readLoop() {
	defer close(c.rpc)
	buf := make([]byte, 512)
	for {
		n, err := c.transport.Read(buf)
		if err != nil {
			c.teardown(err)
			return
		}
		c.rpc <- string(buf[:n])
	}
}
