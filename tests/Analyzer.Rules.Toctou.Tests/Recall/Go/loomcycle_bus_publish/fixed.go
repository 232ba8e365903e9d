// https://github.com/denn-gubsky/loomcycle/pull/615
// Fixed: the event is delivered while the bus holds its lock, the one unsubscribe closes a channel under, so a channel
// still in the map is open; the send does not block, since a full buffer takes the default at once.
package runstate

import "sync"

type Notice struct {
	Run   string
	State string
}

type listener struct {
	ch chan Notice
}

type Hub struct {
	mu     sync.Mutex
	byUser map[string][]*listener
}

func (h *Hub) listen(user string) *listener {
	l := &listener{ch: make(chan Notice, 16)}
	h.mu.Lock()
	h.byUser[user] = append(h.byUser[user], l)
	h.mu.Unlock()
	return l
}

func (h *Hub) forget(user string, l *listener) {
	h.mu.Lock()
	defer h.mu.Unlock()
	ls := h.byUser[user]
	for i, other := range ls {
		if other == l {
			h.byUser[user] = append(ls[:i], ls[i+1:]...)
			close(other.ch)
			return
		}
	}
}

func (h *Hub) deliver(user string, n Notice) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, l := range h.byUser[user] {
		select {
		case l.ch <- n:
		default:
		}
	}
}
