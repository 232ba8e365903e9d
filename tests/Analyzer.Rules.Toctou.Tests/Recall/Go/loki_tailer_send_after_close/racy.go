// https://github.com/grafana/loki/pull/986
// The ingester calls tailer.send() from every push goroutine, while the tailer's own loop
// goroutine calls close() when the client goes away. send() checks isClosed() and later sends
// on sendChan, but close() can close sendChan in between, so send panics with "send on closed
// channel" (issue #942). Fix: close() only closes the signalling channel (once), never sendChan.
package ingester

import (
	"context"
	"sync"
	"time"
)

type Entry struct{ Timestamp time.Time }

type Stream struct {
	Labels  string
	Entries []Entry
}

type DroppedStream struct{ From, To time.Time }

type TailServer interface {
	Send(stream *Stream, dropped []*DroppedStream) error
	Context() context.Context
}

type tailer struct {
	sendChan chan *Stream
	done     chan struct{}
	closeMtx sync.Mutex

	blockedAt      *time.Time
	blockedMtx     sync.RWMutex
	droppedStreams []*DroppedStream

	conn TailServer
}

func newTailer(conn TailServer) *tailer {
	t := &tailer{sendChan: make(chan *Stream, 5), done: make(chan struct{}), conn: conn}
	go t.loop()
	return t
}

func (t *tailer) loop() {
	for {
		select {
		case <-t.conn.Context().Done():
			t.close()
			return
		case <-t.done:
			return
		case stream, ok := <-t.sendChan:
			if !ok {
				return
			}
			if err := t.conn.Send(stream, t.popDroppedStreams()); err != nil {
				t.close()
				return
			}
		}
	}
}

// send is called concurrently by the ingester for every pushed stream.
func (t *tailer) send(stream Stream) {
	if t.isClosed() {
		return
	}
	select {
	case t.sendChan <- &stream: // Noncompliant
	default:
		t.dropStream(stream)
	}
}

func (t *tailer) isClosed() bool {
	select {
	case <-t.done:
		return true
	default:
		return false
	}
}

func (t *tailer) close() {
	if t.isClosed() {
		return
	}
	t.closeMtx.Lock()
	defer t.closeMtx.Unlock()
	if t.isClosed() {
		return
	}
	close(t.done)
	close(t.sendChan)
}

func (t *tailer) dropStream(stream Stream) {
	if len(stream.Entries) == 0 {
		return
	}
	t.blockedMtx.Lock()
	defer t.blockedMtx.Unlock()
	now := time.Now()
	t.blockedAt = &now
	t.droppedStreams = append(t.droppedStreams, &DroppedStream{From: stream.Entries[0].Timestamp, To: now})
}

func (t *tailer) popDroppedStreams() []*DroppedStream {
	t.blockedMtx.Lock()
	defer t.blockedMtx.Unlock()
	dropped := t.droppedStreams
	t.droppedStreams = nil
	t.blockedAt = nil
	return dropped
}
