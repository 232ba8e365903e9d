// https://github.com/gofr-dev/gofr/pull/4055
// Fixed version: startTopicSubscriber reads subStarted under RLock, and before publishing a new
// channel it takes the write lock and checks again, reusing the channel of whichever goroutine won.
package google

import (
	"context"
	"errors"
	"sync"
)

type PubSubMessage struct {
	Topic string
	Value []byte
}

type gcpMessage struct{ Data []byte }

type gcpSubscription interface {
	Receive(ctx context.Context, f func(context.Context, *gcpMessage)) error
}

type GCPClient interface {
	Subscription(name string) gcpSubscription
}

type googlePubSub struct {
	client           GCPClient
	subscriptionName string
	receiveChan      map[string]chan *PubSubMessage
	subStarted       map[string]struct{}
	mu               sync.RWMutex
}

func NewGooglePubSub(c GCPClient, subscriptionName string) *googlePubSub {
	return &googlePubSub{
		client:           c,
		subscriptionName: subscriptionName,
		receiveChan:      make(map[string]chan *PubSubMessage),
		subStarted:       make(map[string]struct{}),
	}
}

func (g *googlePubSub) Subscribe(ctx context.Context, topic string) (*PubSubMessage, error) {
	if g.client == nil {
		return nil, errors.New("google pubsub client is not connected")
	}

	ch := g.startTopicSubscriber(ctx, topic)

	select {
	case m := <-ch:
		return m, nil
	case <-ctx.Done():
		return nil, nil
	}
}

func (g *googlePubSub) startTopicSubscriber(ctx context.Context, topic string) chan *PubSubMessage {
	g.mu.RLock()
	receiveChan, started := g.receiveChan[topic], false
	if _, ok := g.subStarted[topic]; ok {
		started = true
	}
	g.mu.RUnlock()

	if started {
		return receiveChan
	}

	sub := g.client.Subscription(g.subscriptionName + "-" + topic)
	receiveChan = make(chan *PubSubMessage)

	g.mu.Lock()
	if _, ok := g.subStarted[topic]; ok {
		receiveChan = g.receiveChan[topic]
		g.mu.Unlock()
		return receiveChan
	}
	g.receiveChan[topic] = receiveChan
	g.subStarted[topic] = struct{}{}
	g.mu.Unlock()

	processMessage := func(ctx context.Context, msg *gcpMessage) {
		m := &PubSubMessage{Topic: topic, Value: msg.Data}
		select {
		case receiveChan <- m:
		case <-ctx.Done():
		}
	}

	go func() {
		_ = sub.Receive(ctx, processMessage)
	}()

	return receiveChan
}

func (g *googlePubSub) Close() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, c := range g.receiveChan {
		close(c)
	}
	return nil
}
