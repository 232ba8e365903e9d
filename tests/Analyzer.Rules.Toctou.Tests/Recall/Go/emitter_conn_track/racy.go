// https://github.com/emitter-io/emitter/pull/372
// Conn.Track checked the `tracked` flag with atomic.Load, counted the client's IP as a
// device in the contract stats, and only then set the flag with atomic.Store. Two
// messages of the same connection tracked at once both saw 0 and the device was counted
// twice. The fix claims the flag first with CompareAndSwapUint32.
package broker

import (
	"net"
	"sync"
	"sync/atomic"
)

// Stats is a stand-in for the per-contract usage statistics.
type Stats interface{ AddDevice(addr string) }

// Contract is a stand-in for a customer contract.
type Contract interface{ Stats() Stats }

// Conn represents an incoming client connection.
type Conn struct {
	sync.Mutex
	tracked uint32 // whether the connection was already tracked
	socket  net.Conn
	subs    map[string]int
}

// Track adds the connection to the contract's device metering, once.
func (c *Conn) Track(contract Contract) {
	if atomic.LoadUint32(&c.tracked) == 0 {
		addr := c.socket.RemoteAddr().String()
		if tcp, ok := c.socket.RemoteAddr().(*net.TCPAddr); ok {
			addr = tcp.IP.String()
		}
		contract.Stats().AddDevice(addr)
		atomic.StoreUint32(&c.tracked, 1) // Noncompliant
	}
}

// Subscribe records a subscription of this connection to channel.
func (c *Conn) Subscribe(channel string) {
	c.Lock()
	defer c.Unlock()
	c.subs[channel]++
}
