// https://github.com/gnacho/netpulse/issues/202
// The push notifier's Close closed its done channel and then its message channel. Notify asked done whether the
// notifier was closed and then sent on the message channel, so a Notify that passed the check just before Close could
// send on the closed channel and panic. The fix closes only done: the worker stops on done and drains the channel.
package push

import "sync"

type Alert struct {
	Host   string
	Status string
}

type Notifier struct {
	ch   chan Alert
	done chan struct{}
	wg   sync.WaitGroup
}

func NewNotifier(size int) *Notifier {
	n := &Notifier{ch: make(chan Alert, size), done: make(chan struct{})}
	n.wg.Add(1)
	go n.worker()
	return n
}

func (n *Notifier) Notify(a Alert) bool {
	select {
	case <-n.done:
		return false
	default:
	}
	select {
	case n.ch <- a: // Noncompliant [TOCTOU001]
		return true
	default:
		return false
	}
}

func (n *Notifier) worker() {
	defer n.wg.Done()
	for a := range n.ch {
		deliver(a)
	}
}

func (n *Notifier) Close() {
	close(n.done)
	close(n.ch)
	n.wg.Wait()
}

func deliver(a Alert) {}
