// https://github.com/emitter-io/emitter/pull/372
// Fixed version: the tracked flag is claimed with CompareAndSwapUint32 before the
// device is counted, so only one caller per connection reaches AddDevice.
package broker

import (
	"net"
	"sync"
	"sync/atomic"
)

// Usage is a stand-in for the per-contract usage statistics.
type Usage interface{ AddDevice(addr string) }

// Account is a stand-in for a customer contract.
type Account interface{ Usage() Usage }

// Client represents an incoming client connection.
type Client struct {
	sync.Mutex
	metered uint32 // whether the connection was already tracked
	sock    net.Conn
	topics  map[string]int
}

// Meter adds the connection to the account's device metering, once.
func (c *Client) Meter(account Account) {
	if atomic.CompareAndSwapUint32(&c.metered, 0, 1) {
		addr := c.sock.RemoteAddr().String()
		if tcp, ok := c.sock.RemoteAddr().(*net.TCPAddr); ok {
			addr = tcp.IP.String()
		}
		account.Usage().AddDevice(addr)
	}
}

// Join records a subscription of this connection to topic.
func (c *Client) Join(topic string) {
	c.Lock()
	defer c.Unlock()
	c.topics[topic]++
}
