// https://github.com/grafana/loki/pull/986
// Fixed version: close() runs once via sync.Once and only closes closeChan; sendChan is never
// closed, so a send that slips in after close() cannot panic (the value is simply never read).
package ingester

import (
	"sync"
	"time"
)

type streamTailer struct {
	sendChan chan *Stream

	// Signaling channel used to notify once the tailer gets closed
	// and the loop and senders should stop.
	closeChan chan struct{}
	closeOnce sync.Once

	blockedAt      *time.Time
	blockedMtx     sync.RWMutex
	droppedStreams []*DroppedStream

	conn TailServer
}

func newStreamTailer(conn TailServer) *streamTailer {
	t := &streamTailer{sendChan: make(chan *Stream, 5), closeChan: make(chan struct{}), conn: conn}
	go t.run()
	return t
}

func (t *streamTailer) run() {
	for {
		select {
		case <-t.conn.Context().Done():
			t.shutdown()
			return
		case <-t.closeChan:
			return
		case stream := <-t.sendChan:
			if stream == nil {
				continue
			}
			if err := t.conn.Send(stream, t.takeDropped()); err != nil {
				t.shutdown()
				return
			}
		}
	}
}

func (t *streamTailer) push(stream Stream) {
	if t.stopped() {
		return
	}
	if since := t.blockedTime(); since != nil {
		if since.Before(time.Now().Add(-15 * time.Second)) {
			t.shutdown()
			return
		}
		t.drop(stream)
		return
	}
	select {
	case t.sendChan <- &stream:
	default:
		t.drop(stream)
	}
}

func (t *streamTailer) stopped() bool {
	select {
	case <-t.closeChan:
		return true
	default:
		return false
	}
}

func (t *streamTailer) shutdown() {
	t.closeOnce.Do(func() {
		close(t.closeChan)
		// sendChan is intentionally not closed, to avoid a panic on send to a
		// just-closed channel; it is garbage collected once unreferenced.
	})
}

func (t *streamTailer) blockedTime() *time.Time {
	t.blockedMtx.RLock()
	defer t.blockedMtx.RUnlock()
	return t.blockedAt
}

func (t *streamTailer) drop(stream Stream) {
	if len(stream.Entries) == 0 {
		return
	}
	t.blockedMtx.Lock()
	defer t.blockedMtx.Unlock()
	if t.blockedAt == nil {
		now := time.Now()
		t.blockedAt = &now
	}
	t.droppedStreams = append(t.droppedStreams, &DroppedStream{
		From: stream.Entries[0].Timestamp,
		To:   stream.Entries[len(stream.Entries)-1].Timestamp,
	})
}

func (t *streamTailer) takeDropped() []*DroppedStream {
	t.blockedMtx.Lock()
	defer t.blockedMtx.Unlock()
	dropped := t.droppedStreams
	t.droppedStreams = nil
	t.blockedAt = nil
	return dropped
}
