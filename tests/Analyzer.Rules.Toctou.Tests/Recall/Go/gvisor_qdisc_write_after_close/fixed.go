// https://github.com/google/gvisor/pull/13280
// Fixed version: after taking the dispatcher mutex the closed flag is checked again. Close
// publishes the flag before the dispatcher drains under the same mutex, so a writer either
// enqueues before the drain or sees the flag and refuses the packet.
package fifo

import (
	"errors"
	"sync"
	"sync/atomic"
)

const disciplineClosed = 1

var (
	errSendClosed = errors.New("endpoint is closed for send")
	errQueueFull  = errors.New("no buffer space available")
)

type packet struct {
	refs int32
	hash uint32
}

func (p *packet) hold() *packet { atomic.AddInt32(&p.refs, 1); return p }
func (p *packet) release()      { atomic.AddInt32(&p.refs, -1) }

type sendQueue struct {
	mu      sync.Mutex
	pkts    []*packet
	limit   int
	wake    chan struct{}
	closing chan struct{}
}

type fifoDiscipline struct {
	closed int32
	queues []sendQueue
	wg     sync.WaitGroup
}

func (q *sendQueue) run(lower func([]*packet), wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-q.wake:
		case <-q.closing:
			q.mu.Lock()
			for _, p := range q.pkts {
				p.release()
			}
			q.pkts = nil
			q.mu.Unlock()
			return
		}
		q.mu.Lock()
		batch := q.pkts
		q.pkts = nil
		q.mu.Unlock()
		lower(batch)
	}
}

func (d *fifoDiscipline) writePacket(pkt *packet) error {
	if atomic.LoadInt32(&d.closed) == disciplineClosed {
		return errSendClosed
	}
	q := &d.queues[int(pkt.hash)%len(d.queues)]
	q.mu.Lock()
	if atomic.LoadInt32(&d.closed) == disciplineClosed {
		q.mu.Unlock()
		return errSendClosed
	}
	haveSpace := len(q.pkts) < q.limit
	if haveSpace {
		q.pkts = append(q.pkts, pkt.hold())
	}
	q.mu.Unlock()
	if !haveSpace {
		return errQueueFull
	}
	select {
	case q.wake <- struct{}{}:
	default:
	}
	return nil
}

func (d *fifoDiscipline) close() {
	atomic.StoreInt32(&d.closed, disciplineClosed)
	for i := range d.queues {
		close(d.queues[i].closing)
	}
	d.wg.Wait()
}
