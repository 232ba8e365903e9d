// https://github.com/bsm/sarama-cluster/issues/72, https://github.com/bsm/sarama-cluster/pull/184
// Fixed: Close closes the dying channel inside a sync.Once, so however many goroutines call it, one close happens and
// every caller then waits for the main loop to end.
package cluster

import "sync"

type Group struct {
	closeOnce sync.Once
	dying     chan struct{}
	dead      chan struct{}
	msgs      chan string
}

func NewGroup() *Group {
	g := &Group{dying: make(chan struct{}), dead: make(chan struct{}), msgs: make(chan string)}
	go g.loop()
	return g
}

func (g *Group) Messages() <-chan string { return g.msgs }

func (g *Group) loop() {
	defer close(g.dead)
	for {
		select {
		case <-g.dying:
			return
		case g.msgs <- "next":
		}
	}
}

func (g *Group) Close() error {
	g.closeOnce.Do(func() {
		close(g.dying)
	})
	<-g.dead
	return nil
}
