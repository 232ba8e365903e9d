// https://github.com/google/gvisor/pull/13280
package tbf

import (
	"sync"
	"sync/atomic"
)

type safeDiscipline struct {
	closed atomic.Int32
	mu     sync.Mutex
	queue  []*PacketBuffer
	wake   chan struct{}
	wg     sync.WaitGroup
}

func newSafeDiscipline() *safeDiscipline {
	d := &safeDiscipline{wake: make(chan struct{}, 1)}
	d.wg.Add(1)
	go d.runDispatch()
	return d
}

func (d *safeDiscipline) WritePacket(pkt *PacketBuffer) error {
	if d.closed.Load() == qDiscClosed {
		return ErrClosedForSend
	}
	d.mu.Lock()
	if d.closed.Load() == qDiscClosed {
		d.mu.Unlock()
		return ErrClosedForSend
	}
	d.queue = append(d.queue, pkt)
	d.mu.Unlock()
	select {
	case d.wake <- struct{}{}:
	default:
	}
	return nil
}

func (d *safeDiscipline) runDispatch() {
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

func (d *safeDiscipline) Close() {
	d.closed.Store(qDiscClosed)
	select {
	case d.wake <- struct{}{}:
	default:
	}
	d.wg.Wait()
}
