// https://github.com/nats-io/nats.go/issues/1453 (fix: https://github.com/nats-io/nats.go/pull/1454)
// Fixed version: Halt claims the closed flag with a single CompareAndSwap, so only one
// caller ever reaches close(done).
package jetstream

import (
	"sync"
	"sync/atomic"
)

// Message is a message delivered to a consumer.
type Message struct{ Data []byte }

type fetchConsumer struct {
	sync.Mutex
	active map[string]*fetchSubscription
}

type fetchSubscription struct {
	sync.Mutex
	id       string
	consumer *fetchConsumer
	stopped  uint32
	quit     chan struct{}
	inbox    chan *Message
}

// Listen starts delivering messages to handler in the background.
func (f *fetchConsumer) Listen(id string, handler func(*Message)) *fetchSubscription {
	sub := &fetchSubscription{id: id, consumer: f, quit: make(chan struct{}, 1), inbox: make(chan *Message, 64)}
	f.Lock()
	f.active[id] = sub
	f.Unlock()
	go sub.deliver(handler)
	return sub
}

func (s *fetchSubscription) deliver(handler func(*Message)) {
	for {
		select {
		case m := <-s.inbox:
			handler(m)
		case <-s.quit:
			return
		}
	}
}

// Halt unsubscribes and cancels the subscription.
func (s *fetchSubscription) Halt() {
	if !atomic.CompareAndSwapUint32(&s.stopped, 0, 1) {
		return
	}
	close(s.quit)
}
