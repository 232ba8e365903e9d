// https://github.com/nats-io/nats-streaming-server/pull/1184
// Issue #1183: onMsg (NATS subscription goroutine) checked n.closed and queued the buffer under
// n.mu, released the lock and then notified the reader on n.ch; close() on a RAFT goroutine could
// close n.ch in between: "panic: send on closed channel". The fix notifies while holding n.mu.
package server

import "sync"

type pendingBuf struct {
	buf  []byte
	next *pendingBuf
}

// natsConn simulates a stream connection between two RAFT peers over NATS.
type natsConn struct {
	mu       sync.RWMutex
	pendingH *pendingBuf
	pendingT *pendingBuf
	ch       chan struct{} // notifies the reader that a buffer is available
	closed   bool
}

func newNATSConn() *natsConn {
	return &natsConn{ch: make(chan struct{}, 1)}
}

// onMsg is the NATS subscription callback.
func (n *natsConn) onMsg(data []byte) {
	pb := &pendingBuf{buf: data}
	n.mu.Lock()
	if n.closed {
		n.mu.Unlock()
		return
	}
	notify := false
	if n.pendingT != nil {
		n.pendingT.next = pb
	} else {
		n.pendingH = pb
		notify = true
	}
	n.pendingT = pb
	n.mu.Unlock()

	if notify {
		select {
		case n.ch <- struct{}{}: // Noncompliant
		default:
		}
	}
}

func (n *natsConn) close() error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed {
		return nil
	}
	n.closed = true
	close(n.ch)
	return nil
}

func (n *natsConn) run(msgs <-chan []byte) {
	go func() {
		for m := range msgs {
			n.onMsg(m)
		}
	}()
}
