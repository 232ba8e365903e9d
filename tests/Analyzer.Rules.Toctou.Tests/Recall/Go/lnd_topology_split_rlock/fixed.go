// https://github.com/lightningnetwork/lnd/pull/3884
// Fixed version: one RLock is held from the client-count check through the
// fan-out loop, so the count and the set of notified clients agree.
package routing

import (
	"log"
	"sync"
)

type topoChangeFixed struct{ Nodes []string }

type topoClientFixed struct {
	ntfnChan chan *topoChangeFixed
	exit     chan struct{}
	wg       sync.WaitGroup
}

type FixedChannelRouter struct {
	sync.RWMutex
	clients map[uint64]*topoClientFixed
}

func (r *FixedChannelRouter) Subscribe(id uint64) *topoClientFixed {
	c := &topoClientFixed{ntfnChan: make(chan *topoChangeFixed), exit: make(chan struct{})}
	r.Lock()
	r.clients[id] = c
	r.Unlock()
	return c
}

func (r *FixedChannelRouter) cancel(id uint64) {
	r.Lock()
	if c, ok := r.clients[id]; ok {
		close(c.exit)
		delete(r.clients, id)
	}
	r.Unlock()
}

func (r *FixedChannelRouter) notifyChange(diff *topoChangeFixed) {
	r.RLock()
	defer r.RUnlock()

	numClients := len(r.clients)
	if numClients == 0 {
		return
	}
	log.Printf("Sending topology notification to %v clients", numClients)

	for _, client := range r.clients {
		client.wg.Add(1)
		go func(c *topoClientFixed) {
			defer c.wg.Done()
			select {
			case c.ntfnChan <- diff:
			case <-c.exit:
			}
		}(client)
	}
}

func (r *FixedChannelRouter) handler(updates <-chan *topoChangeFixed) {
	for u := range updates {
		r.notifyChange(u)
	}
}

func (r *FixedChannelRouter) Run(updates <-chan *topoChangeFixed) {
	go r.handler(updates)
}
