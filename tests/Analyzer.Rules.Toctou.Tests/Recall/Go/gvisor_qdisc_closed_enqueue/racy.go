// https://github.com/google/gvisor/pull/13280
// The tbf qdisc's WritePacket checked the atomic closed state, then took d.mu
// and queued the packet. Close stores the closed state, wakes the dispatcher
// and waits for it to exit, so a packet queued after the check but after the
// dispatcher drained and left was never sent or released. The fix re-checks
// the closed state after acquiring d.mu, before queueing.
package tbf

import (
	"errors"
	"sync"
	"sync/atomic"
)

const (
	qDiscRunning int32 = iota
	qDiscClosed
)

var ErrClosedForSend = errors.New("endpoint is closed for send")

type PacketBuffer struct{ data []byte }

func (p *PacketBuffer) DecRef() {}

type discipline struct {
	closed atomic.Int32
	mu     sync.Mutex
	queue  []*PacketBuffer
	wake   chan struct{}
	wg     sync.WaitGroup
}

func newDiscipline() *discipline {
	d := &discipline{wake: make(chan struct{}, 1)}
	d.wg.Add(1)
	go d.dispatchLoop()
	return d
}

func (d *discipline) WritePacket(pkt *PacketBuffer) error {
	if d.closed.Load() == qDiscClosed {
		return ErrClosedForSend
	}
	d.mu.Lock()
	d.queue = append(d.queue, pkt) // Noncompliant
	d.mu.Unlock()
	select {
	case d.wake <- struct{}{}:
	default:
	}
	return nil
}

func (d *discipline) dispatchLoop() {
	defer d.wg.Done()
	for range d.wake {
		d.mu.Lock()
		for _, p := range d.queue {
			p.DecRef()
		}
		d.queue = nil
		done := d.closed.Load() == qDiscClosed
		d.mu.Unlock()
		if done {
			return
		}
	}
}

func (d *discipline) Close() {
	d.closed.Store(qDiscClosed)
	select {
	case d.wake <- struct{}{}:
	default:
	}
	d.wg.Wait()
}
