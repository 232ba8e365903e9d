// https://github.com/nats-io/nats.go/issues/1453 (fix: https://github.com/nats-io/nats.go/pull/1454)
// pullSubscription.Stop read the closed flag with atomic.Load, returned if set, then
// set it with a separate atomic.Store and closed s.done. Two concurrent Stop calls (for
// example ConsumeContext.Stop from two goroutines) both passed the load and the second
// close(s.done) panicked. The fix turns the load and store into one CompareAndSwap.
package jetstream

import (
	"sync"
	"sync/atomic"
)

// Msg is a message delivered to a consumer.
type Msg struct{ Data []byte }

type pullConsumer struct {
	sync.Mutex
	subscriptions map[string]*pullSubscription
}

type pullSubscription struct {
	sync.Mutex
	id       string
	consumer *pullConsumer
	closed   uint32
	done     chan struct{}
	msgs     chan *Msg
}

// Consume starts delivering messages to handler in the background.
func (p *pullConsumer) Consume(id string, handler func(*Msg)) *pullSubscription {
	sub := &pullSubscription{id: id, consumer: p, done: make(chan struct{}, 1), msgs: make(chan *Msg, 64)}
	p.Lock()
	p.subscriptions[id] = sub
	p.Unlock()
	go sub.pullMessages(handler)
	return sub
}

func (s *pullSubscription) pullMessages(handler func(*Msg)) {
	for {
		select {
		case m := <-s.msgs:
			handler(m)
		case <-s.done:
			return
		}
	}
}

// Stop unsubscribes and cancels the subscription.
func (s *pullSubscription) Stop() {
	if atomic.LoadUint32(&s.closed) == 1 {
		return
	}
	atomic.StoreUint32(&s.closed, 1) // Noncompliant
	close(s.done)
}
