// https://github.com/vllm-project/semantic-router/issues/1521
// Fixed version: producers go through enqueue(), which holds closeMu across the closed
// check and the non-blocking send, so close() can never close the channel in between.
package handlers

import (
	"log"
	"sync"
)

type RoomEvent struct {
	Type   string
	RoomID string
}

type enqueueResult uint8

const (
	enqueueSent enqueueResult = iota
	enqueueClosed
	enqueueFull
)

type RoomConn struct {
	out     chan RoomEvent
	id      string
	roomID  string
	closed  bool
	closeMu sync.Mutex
	members *sync.Map
}

func (c *RoomConn) shutdown() {
	c.closeMu.Lock()
	defer c.closeMu.Unlock()
	if c.closed {
		return
	}
	c.closed = true
	c.members.Delete(c.id)
	close(c.out)
}

// enqueue is the only producer-side access to out.
func (c *RoomConn) enqueue(ev RoomEvent) enqueueResult {
	c.closeMu.Lock()
	defer c.closeMu.Unlock()
	if c.closed {
		return enqueueClosed
	}
	select {
	case c.out <- ev:
		return enqueueSent
	default:
		return enqueueFull
	}
}

func broadcastToRoom(members *sync.Map, ev RoomEvent) {
	members.Range(func(_, value any) bool {
		conn, ok := value.(*RoomConn)
		if !ok {
			return true
		}
		if conn.enqueue(ev) == enqueueFull {
			log.Printf("ws client %s buffer full, skipping event", conn.id)
		}
		return true
	})
}
