// https://github.com/trustmaster/goflow/pull/31
// Fixed version: a mutex (sendChanMutex in goflow) serialises the read-check-write of the refcount, so only the
// last sender sees zero and closes the channel.
package goflowrc

import (
	"reflect"
	"sync"
)

type Network struct {
	refMu    sync.Mutex
	senders  map[uintptr]uint
	procsGrp sync.WaitGroup
}

func NewNetwork() *Network {
	return &Network{senders: make(map[uintptr]uint)}
}

func (n *Network) addSender(c reflect.Value) {
	n.refMu.Lock()
	defer n.refMu.Unlock()
	ptr := c.Pointer()
	n.senders[ptr]++
}

func (n *Network) dropSender(c reflect.Value) bool {
	n.refMu.Lock()
	defer n.refMu.Unlock()
	ptr := c.Pointer()
	cnt := n.senders[ptr]
	if cnt == 0 {
		return true
	}
	cnt--
	n.senders[ptr] = cnt
	return cnt == 0
}

func (n *Network) Attach(out chan int) {
	n.addSender(reflect.ValueOf(out))
}

func (n *Network) Spawn(out chan<- int, work func(chan<- int)) {
	n.procsGrp.Add(1)
	go func() {
		defer n.procsGrp.Done()
		work(out)
		fv := reflect.ValueOf(out)
		if n.dropSender(fv) {
			fv.Close()
		}
	}()
}
