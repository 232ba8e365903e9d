// https://github.com/OpenNHP/opennhp/pull/1630
// Senders called IsClosed() and then sent on the connection queue; Close() could close the
// queue in between (panic), and two Close() calls could both pass the closed check.
// Fix: a lifecycle gate admits senders and flips `closing` under one mutex; Close waits
// for admitted senders before closing the channels.
package opennhp

import (
	"sync"
	"sync/atomic"
)

type Packet struct{ Data []byte }

type ConnectionData struct {
	sync.Mutex
	closed       int32
	SendQueue    chan *Packet
	RecvQueue    chan *Packet
	BlockSignal  chan struct{}
	lastActivity int64
}

func NewConnectionData() *ConnectionData {
	return &ConnectionData{
		SendQueue:   make(chan *Packet, 16),
		RecvQueue:   make(chan *Packet, 16),
		BlockSignal: make(chan struct{}, 1),
	}
}

func (c *ConnectionData) IsClosed() bool {
	return atomic.LoadInt32(&c.closed) != 0
}

func (c *ConnectionData) Close() {
	if c.IsClosed() {
		return
	}
	atomic.StoreInt32(&c.closed, 1) // Noncompliant
	close(c.SendQueue)
	close(c.RecvQueue)
	close(c.BlockSignal)
}

// ForwardOutboundPacket is called from the device/packet goroutines.
func (c *ConnectionData) ForwardOutboundPacket(pkt *Packet) {
	if c.IsClosed() {
		return
	}
	c.SendQueue <- pkt // Noncompliant
}

func (c *ConnectionData) Touch(now int64) {
	c.Lock()
	c.lastActivity = now
	c.Unlock()
}
