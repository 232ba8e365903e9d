// https://github.com/trustmaster/goflow/pull/31
// When a network shuts down, every process goroutine decrements the shared per-channel sender refcount and closes
// the channel when the count reaches zero; the read-check-write on the unguarded map let two senders both act on a
// stale count (a lost decrement or a double close). The fix guards IncSendChanRefCount/DecSendChanRefCount with a mutex.
package goflowrc

import (
	"reflect"
	"sync"
)

type Graph struct {
	sendChanRefCount map[uintptr]uint
	waitGrp          sync.WaitGroup
}

func NewGraph() *Graph {
	return &Graph{sendChanRefCount: make(map[uintptr]uint)}
}

// IncSendChanRefCount increments SendChanRefCount
func (n *Graph) IncSendChanRefCount(c reflect.Value) {
	ptr := c.Pointer()
	cnt := n.sendChanRefCount[ptr]
	cnt++
	n.sendChanRefCount[ptr] = cnt
}

// DecSendChanRefCount decrements SendChanRefCount
// It returns true if the RefCount has reached 0
func (n *Graph) DecSendChanRefCount(c reflect.Value) bool {
	ptr := c.Pointer()
	cnt := n.sendChanRefCount[ptr]
	if cnt == 0 {
		return true // yes you may try to close a nonexistant channel, see what happens...
	}
	cnt--
	n.sendChanRefCount[ptr] = cnt // Noncompliant
	return cnt == 0
}

// Connect attaches one more sender to a shared output channel.
func (n *Graph) Connect(out chan int) {
	n.IncSendChanRefCount(reflect.ValueOf(out))
}

// RunProc runs a component in its own goroutine; at shutdown it closes its
// send-only ports, but only the last sender may close a shared channel.
func (n *Graph) RunProc(out chan<- int, work func(chan<- int)) {
	n.waitGrp.Add(1)
	go func() {
		defer n.waitGrp.Done()
		work(out)
		fv := reflect.ValueOf(out)
		if n.DecSendChanRefCount(fv) {
			fv.Close()
		}
	}()
}
