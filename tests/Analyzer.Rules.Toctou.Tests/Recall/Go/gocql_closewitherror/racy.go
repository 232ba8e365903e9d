// https://github.com/apache/cassandra-gocql-driver/pull/423 (issue #424)
// closeWithError first asked Closed(), which reads the flag under the connection
// mutex, and only afterwards called Close() and closed the quit channel. When the
// reader goroutine and a caller both hit an error, both could see "not closed" and
// both reach close(c.quit), panicking. The fix replaces the mutex-guarded check with
// a single atomic compare-and-swap on the closed flag.
package gocql

import (
	"net"
	"sync"
)

type Conn struct {
	conn   net.Conn
	mu     sync.Mutex
	closed bool
	quit   chan struct{}
}

func Connect(addr string) (*Conn, error) {
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	c := &Conn{conn: nc, quit: make(chan struct{})}
	go c.serve()
	return c, nil
}

func (c *Conn) serve() {
	buf := make([]byte, 4096)
	for {
		if _, err := c.conn.Read(buf); err != nil {
			c.closeWithError(err)
			return
		}
	}
}

// Exec writes a request frame; a write failure tears the connection down.
func (c *Conn) Exec(frame []byte) error {
	if _, err := c.conn.Write(frame); err != nil {
		c.closeWithError(err)
		return err
	}
	return nil
}

func (c *Conn) Closed() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.closed
}

func (c *Conn) Close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return
	}
	c.closed = true
	c.conn.Close()
}

func (c *Conn) closeWithError(err error) {
	if c.Closed() {
		return
	}
	c.Close() // Noncompliant
	close(c.quit)
}
