// https://github.com/lightningnetwork/lnd/pull/3884
// notifyTopologyChange read len(topologyClients) under one RLock, released it,
// and re-acquired the RLock later to fan out; clients could (un)subscribe in the
// gap, so the logged count was stale or the function returned early although a
// client had just subscribed. Fix: hold a single RLock across check and fan-out.
package routing

import (
	"log"
	"sync"
)

type TopologyChange struct{ Nodes []string }

type topologyClient struct {
	ntfnChan chan *TopologyChange
	exit     chan struct{}
	wg       sync.WaitGroup
}

type ChannelRouter struct {
	sync.RWMutex
	topologyClients map[uint64]*topologyClient
}

func (r *ChannelRouter) SubscribeTopology(id uint64) *topologyClient {
	c := &topologyClient{ntfnChan: make(chan *TopologyChange), exit: make(chan struct{})}
	r.Lock()
	r.topologyClients[id] = c
	r.Unlock()
	return c
}

func (r *ChannelRouter) cancelTopology(id uint64) {
	r.Lock()
	if c, ok := r.topologyClients[id]; ok {
		close(c.exit)
		delete(r.topologyClients, id)
	}
	r.Unlock()
}

func (r *ChannelRouter) notifyTopologyChange(diff *TopologyChange) {
	r.RLock()
	numClients := len(r.topologyClients)
	r.RUnlock()

	if numClients == 0 {
		return
	}
	log.Printf("Sending topology notification to %v clients", numClients) // Noncompliant

	r.RLock()
	for _, client := range r.topologyClients {
		client.wg.Add(1)
		go func(c *topologyClient) {
			defer c.wg.Done()
			select {
			case c.ntfnChan <- diff:
			case <-c.exit:
			}
		}(client)
	}
	r.RUnlock()
}

// networkHandler runs in its own goroutine and pushes graph updates.
func (r *ChannelRouter) networkHandler(updates <-chan *TopologyChange) {
	for u := range updates {
		r.notifyTopologyChange(u)
	}
}

func (r *ChannelRouter) Start(updates <-chan *TopologyChange) {
	go r.networkHandler(updates)
}
