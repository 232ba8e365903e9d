// https://github.com/nocodeleaks/quepasa/pull/49 (closed; superseded by commit 126b557 on develop)
// The cable websocket hub closes a client's send channel in removeClient, which runs once
// (sync.Once) when the read pump ends, the write pump ends, or a slow client is dropped.
// PR #49 added an atomic "closed" flag: queueFrame, called from the hub's publisher
// goroutines, returns early when the flag is set and otherwise sends on client.send.
// removeClient can set the flag and close the channel between that check and the send,
// so the send still panics with "send on closed channel". The maintainer closed the PR
// citing exactly this "remaining race between closed-state check and channel send" and
// fixed it on develop by putting the enqueue and the channel close under one mutex.
package cable

import (
	"encoding/json"
	"sync"
	"sync/atomic"
)

type Hub struct {
	mu      sync.RWMutex
	clients map[string]*Client
}

type Client struct {
	id        string
	hub       *Hub
	send      chan []byte
	closeOnce sync.Once
	closed    atomic.Bool
}

func (hub *Hub) removeClient(client *Client) {
	client.closeOnce.Do(func() {
		client.closed.Store(true)

		hub.mu.Lock()
		delete(hub.clients, client.id)
		hub.mu.Unlock()

		close(client.send)
	})
}

func (hub *Hub) queueFrame(client *Client, frame any) {
	if client.closed.Load() {
		return
	}

	payload, err := json.Marshal(frame)
	if err != nil {
		return
	}

	select {
	case client.send <- payload: // Noncompliant
	default:
		hub.removeClient(client)
	}
}

// sendEventToUser runs on dispatcher goroutines, concurrently with the pumps below.
func (hub *Hub) sendEventToUser(frame any) {
	hub.mu.RLock()
	recipients := make([]*Client, 0, len(hub.clients))
	for _, c := range hub.clients {
		recipients = append(recipients, c)
	}
	hub.mu.RUnlock()

	for _, c := range recipients {
		hub.queueFrame(c, frame)
	}
}

// readPump runs on the connection's goroutine; when the socket errors it drops the client.
func (client *Client) readPump(read func() error) {
	defer client.hub.removeClient(client)
	for read() == nil {
	}
}
