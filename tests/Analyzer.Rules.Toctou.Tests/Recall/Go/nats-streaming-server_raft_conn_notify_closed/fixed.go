// https://github.com/nats-io/nats-streaming-server/pull/1184
// Fixed version: the reader is notified under the lock, so close() cannot close the
// channel between the closed check and the send.
package server

import "sync"

type queuedBuf struct {
	buf  []byte
	next *queuedBuf
}

type raftConn struct {
	mu     sync.RWMutex
	head   *queuedBuf
	tail   *queuedBuf
	notify chan struct{}
	closed bool
}

func newRaftConn() *raftConn {
	return &raftConn{notify: make(chan struct{}, 1)}
}

func (n *raftConn) onMessage(data []byte) {
	qb := &queuedBuf{buf: data}
	n.mu.Lock()
	if n.closed {
		n.mu.Unlock()
		return
	}
	if n.tail != nil {
		n.tail.next = qb
	} else {
		n.head = qb
		// Need to notify under the lock since this channel gets closed
		// on close(), which could then cause a panic of
		// "send on closed channel".
		select {
		case n.notify <- struct{}{}:
		default:
		}
	}
	n.tail = qb
	n.mu.Unlock()
}

func (n *raftConn) shutdown() error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.closed {
		return nil
	}
	n.closed = true
	close(n.notify)
	return nil
}

func (n *raftConn) consume(msgs <-chan []byte) {
	go func() {
		for m := range msgs {
			n.onMessage(m)
		}
	}()
}
