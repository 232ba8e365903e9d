// https://github.com/google/gvisor/pull/13280
// The fifo queueing discipline's WritePacket is called by every netstack goroutine that
// sends. It tested the closed flag, then locked one dispatcher's queue and pushed the
// packet. Close sets the flag and wakes the dispatchers, which drain and release their
// queues under that same mutex and exit; a writer that passed the test just before Close
// then pushes into a queue nobody drains any more, leaking the packet reference. Fix:
// test the closed flag again after taking the dispatcher mutex.
package fifo

import (
	"errors"
	"sync"
	"sync/atomic"
)

const qDiscClosed = 1

var (
	errClosedForSend = errors.New("endpoint is closed for send")
	errNoBufferSpace = errors.New("no buffer space available")
)

type PacketBuffer struct {
	refs int32
	Hash uint32
}

func (p *PacketBuffer) IncRef() *PacketBuffer { atomic.AddInt32(&p.refs, 1); return p }
func (p *PacketBuffer) DecRef()               { atomic.AddInt32(&p.refs, -1) }

type queueDispatcher struct {
	mu        sync.Mutex
	queue     []*PacketBuffer
	limit     int
	newPacket chan struct{}
	closeCh   chan struct{}
}

type discipline struct {
	closed      int32
	dispatchers []queueDispatcher
	wg          sync.WaitGroup
	lower       func([]*PacketBuffer)
}

func (qd *queueDispatcher) dispatchLoop(lower func([]*PacketBuffer), wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-qd.newPacket:
		case <-qd.closeCh:
			qd.mu.Lock()
			for _, p := range qd.queue {
				p.DecRef()
			}
			qd.queue = nil
			qd.mu.Unlock()
			return
		}
		qd.mu.Lock()
		batch := qd.queue
		qd.queue = nil
		qd.mu.Unlock()
		lower(batch)
	}
}

func (d *discipline) WritePacket(pkt *PacketBuffer) error {
	if atomic.LoadInt32(&d.closed) == qDiscClosed {
		return errClosedForSend
	}
	qd := &d.dispatchers[int(pkt.Hash)%len(d.dispatchers)]
	qd.mu.Lock()
	haveSpace := len(qd.queue) < qd.limit
	if haveSpace {
		qd.queue = append(qd.queue, pkt.IncRef()) // Noncompliant
	}
	qd.mu.Unlock()
	if !haveSpace {
		return errNoBufferSpace
	}
	select {
	case qd.newPacket <- struct{}{}:
	default:
	}
	return nil
}

func (d *discipline) Close() {
	atomic.StoreInt32(&d.closed, qDiscClosed)
	for i := range d.dispatchers {
		close(d.dispatchers[i].closeCh)
	}
	d.wg.Wait()
}
