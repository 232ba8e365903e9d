// https://github.com/ThreeDotsLabs/watermill-kafka/pull/22
// Fixed version: the closed flag is a uint32 and Close() flips it with a single
// CompareAndSwapUint32, so exactly one caller closes the `closing` channel.
package kafka

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
)

type SafeSubscriber struct {
	closing       chan struct{}
	subscribersWg sync.WaitGroup

	closed uint32
}

func NewSafeSubscriber() *SafeSubscriber {
	return &SafeSubscriber{closing: make(chan struct{})}
}

func (s *SafeSubscriber) Subscribe(ctx context.Context, topic string) (<-chan *Message, error) {
	if atomic.LoadUint32(&s.closed) == 1 {
		return nil, errors.New("subscriber closed")
	}
	s.subscribersWg.Add(1)

	output := make(chan *Message)
	go func() {
		select {
		case <-s.closing:
		case <-ctx.Done():
		}
		close(output)
		s.subscribersWg.Done()
	}()
	return output, nil
}

func (s *SafeSubscriber) Close() error {
	if !atomic.CompareAndSwapUint32(&s.closed, 0, 1) {
		return nil
	}

	close(s.closing)
	s.subscribersWg.Wait()
	return nil
}

func shutdownSafeHandlers(s *SafeSubscriber, handlers int) {
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
