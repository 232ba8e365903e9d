// https://github.com/OpenNHP/opennhp/pull/1630
// Fixed: senders are admitted through a gate held under a mutex; Close marks the
// connection closing under the same mutex, waits for admitted senders to leave, and
// only then closes the channels.
package opennhp

import "sync"

type Frame struct{ Data []byte }

type GatedConnection struct {
	gate      sync.Mutex
	closing   bool
	inflight  sync.WaitGroup
	stop      chan struct{}
	OutQueue  chan *Frame
	InQueue   chan *Frame
	BlockChan chan struct{}
}

func NewGatedConnection() *GatedConnection {
	return &GatedConnection{
		stop:      make(chan struct{}),
		OutQueue:  make(chan *Frame, 16),
		InQueue:   make(chan *Frame, 16),
		BlockChan: make(chan struct{}, 1),
	}
}

func (g *GatedConnection) enter() bool {
	g.gate.Lock()
	defer g.gate.Unlock()
	if g.closing {
		return false
	}
	g.inflight.Add(1)
	return true
}

func (g *GatedConnection) Shutdown() {
	g.gate.Lock()
	if g.closing {
		g.gate.Unlock()
		return
	}
	g.closing = true
	close(g.stop)
	g.gate.Unlock()

	g.inflight.Wait()
	close(g.OutQueue)
	close(g.InQueue)
	close(g.BlockChan)
}

func (g *GatedConnection) SendOutbound(f *Frame) bool {
	if !g.enter() {
		return false
	}
	defer g.inflight.Done()
	select {
	case g.OutQueue <- f:
		return true
	case <-g.stop:
		return false
	}
}
