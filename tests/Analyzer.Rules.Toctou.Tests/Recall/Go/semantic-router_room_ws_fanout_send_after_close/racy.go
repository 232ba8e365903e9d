// https://github.com/vllm-project/semantic-router/issues/1521
// The room event fan-out looked at each WebSocket client's closed flag under closeMu,
// dropped closeMu, and then did a non-blocking send on client.send. The client's close()
// (run from its read or write pump when the socket disconnects) takes closeMu, sets closed
// and closes the send channel, so it could run between the check and the send and the
// fan-out goroutine panicked with "send on closed channel" (reproduced with go test -race).
// The fix adds enqueue(), which keeps closeMu held across the closed check and the send.
package handlers

import (
	"log"
	"sync"
)

type OutboundMsg struct {
	Type   string
	RoomID string
}

type RoomClient struct {
	send     chan OutboundMsg
	clientID string
	roomID   string
	closed   bool
	closeMu  sync.Mutex
	registry *sync.Map
}

// close is called by the client's readPump/writePump goroutines on disconnect.
func (c *RoomClient) close() {
	c.closeMu.Lock()
	defer c.closeMu.Unlock()
	if c.closed {
		return
	}
	c.closed = true
	c.registry.Delete(c.clientID)
	close(c.send)
}

// fanOutToWebSocket runs on whichever goroutine publishes a room event.
func fanOutToWebSocket(clients *sync.Map, msg OutboundMsg) {
	clients.Range(func(_, value any) bool {
		client, ok := value.(*RoomClient)
		if !ok {
			return true
		}

		client.closeMu.Lock()
		if client.closed {
			client.closeMu.Unlock()
			return true
		}
		client.closeMu.Unlock()

		select {
		case client.send <- msg: // Noncompliant
		default:
			log.Printf("ws client %s buffer full, skipping event", client.clientID)
		}
		return true
	})
}
