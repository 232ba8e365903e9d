// https://github.com/gofr-dev/gofr/pull/4055 (bug report: https://github.com/gofr-dev/gofr/issues/4054)
// GoFr runs one goroutine per topic, each looping on Subscribe. The Google client tested subStarted[topic]
// without g.mu and then created receiveChan[topic] and a Receive goroutine: maps crashed with concurrent
// writes, and two callers of one topic both passed the test, the second replacing the first's channel.
// Fix: startTopicSubscriber tests under RLock and tests again under the write lock before publishing.
package google

import (
	"context"
	"errors"
	"sync"
)

type Message struct {
	Topic string
	Value []byte
}

type rawMessage struct{ Data []byte }

type subscription interface {
	Receive(ctx context.Context, f func(context.Context, *rawMessage)) error
}

type Client interface {
	Subscription(name string) subscription
}

type googleClient struct {
	client           Client
	subscriptionName string
	receiveChan      map[string]chan *Message
	subStarted       map[string]struct{}
	mu               sync.RWMutex
}

func New(c Client, subscriptionName string) *googleClient {
	return &googleClient{
		client:           c,
		subscriptionName: subscriptionName,
		receiveChan:      make(map[string]chan *Message),
		subStarted:       make(map[string]struct{}),
	}
}

func (g *googleClient) Subscribe(ctx context.Context, topic string) (*Message, error) {
	if g.client == nil {
		return nil, errors.New("google pubsub client is not connected")
	}

	if _, ok := g.subStarted[topic]; !ok {
		sub := g.client.Subscription(g.subscriptionName + "-" + topic)

		processMessage := func(ctx context.Context, msg *rawMessage) {
			m := &Message{Topic: topic, Value: msg.Data}
			g.mu.Lock()
			defer g.mu.Unlock()
			g.receiveChan[topic] <- m
		}

		// initialize the channel before we can start receiving on it
		g.mu.Lock()
		g.receiveChan[topic] = make(chan *Message)
		g.mu.Unlock()

		go func() {
			_ = sub.Receive(ctx, processMessage)
		}()

		g.subStarted[topic] = struct{}{} // Noncompliant
	}

	g.mu.RLock()
	ch := g.receiveChan[topic]
	g.mu.RUnlock()

	select {
	case m := <-ch:
		return m, nil
	case <-ctx.Done():
		return nil, nil
	}
}

// startSubscriptions mirrors gofr's SubscriptionManager: one goroutine per subscribed topic.
func startSubscriptions(ctx context.Context, g *googleClient, topics []string, handle func(*Message)) {
	for _, topic := range topics {
		go func(topic string) {
			for ctx.Err() == nil {
				if m, err := g.Subscribe(ctx, topic); err == nil && m != nil {
					handle(m)
				}
			}
		}(topic)
	}
}
