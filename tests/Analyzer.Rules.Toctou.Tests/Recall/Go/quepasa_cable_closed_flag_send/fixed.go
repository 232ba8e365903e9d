// https://github.com/nocodeleaks/quepasa/pull/49 (closed; superseded by commit 126b557 on develop)
// Fixed shape: the closed-state check, the enqueue and the channel close are serialized
// by one per-client mutex, so no send can follow the close.
package cable

import (
	"encoding/json"
	"sync"
)

type SafeHub struct {
	mu    sync.RWMutex
	conns map[string]*SafeClient
}

type SafeClient struct {
	id        string
	hub       *SafeHub
	out       chan []byte
	sendMu    sync.Mutex
	isClosed  bool
	closeOnce sync.Once
}

func (hub *SafeHub) dropClient(c *SafeClient) {
	c.closeOnce.Do(func() {
		hub.mu.Lock()
		delete(hub.conns, c.id)
		hub.mu.Unlock()

		c.sendMu.Lock()
		c.isClosed = true
		close(c.out)
		c.sendMu.Unlock()
	})
}

func (hub *SafeHub) enqueueFrame(c *SafeClient, frame any) {
	payload, err := json.Marshal(frame)
	if err != nil {
		return
	}

	c.sendMu.Lock()
	if c.isClosed {
		c.sendMu.Unlock()
		return
	}
	select {
	case c.out <- payload:
		c.sendMu.Unlock()
		return
	default:
	}
	c.sendMu.Unlock()

	hub.dropClient(c)
}

func (hub *SafeHub) publish(frame any) {
	hub.mu.RLock()
	targets := make([]*SafeClient, 0, len(hub.conns))
	for _, c := range hub.conns {
		targets = append(targets, c)
	}
	hub.mu.RUnlock()

	for _, c := range targets {
		hub.enqueueFrame(c, frame)
	}
}
