// https://github.com/ThreeDotsLabs/watermill-kafka/pull/22
// Subscriber.Close() read the plain `closed` flag, then set it and closed the `closing`
// channel. Two goroutines closing one shared subscriber could both see closed == false
// and both reach close(s.closing): "panic: close of closed channel" (watermill #285).
// Fix: closed became a uint32 switched with atomic.CompareAndSwapUint32, so one caller wins.
package kafka

import (
	"context"
	"errors"
	"sync"
)

type Message struct{ Payload []byte }

type Subscriber struct {
	closing       chan struct{}
	subscribersWg sync.WaitGroup

	closed bool
}

func NewSubscriber() *Subscriber {
	return &Subscriber{closing: make(chan struct{})}
}

func (s *Subscriber) Subscribe(ctx context.Context, topic string) (<-chan *Message, error) {
	if s.closed {
		return nil, errors.New("subscriber closed")
	}
	s.subscribersWg.Add(1)

	output := make(chan *Message)
	go func() {
		// blocking until s.closing is closed or ctx ends
		select {
		case <-s.closing:
		case <-ctx.Done():
		}
		close(output)
		s.subscribersWg.Done()
	}()
	return output, nil
}

func (s *Subscriber) Close() error {
	if s.closed {
		return nil
	}

	s.closed = true // Noncompliant
	close(s.closing)
	s.subscribersWg.Wait()
	return nil
}

// Several message handlers share one subscriber and close it on shutdown.
func shutdownHandlers(s *Subscriber, handlers int) {
	var wg sync.WaitGroup
	for i := 0; i < handlers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = s.Close()
		}()
	}
	wg.Wait()
}
