// https://github.com/OffchainLabs/prysm/pull/6731
// Service.JoinTopic checked s.joinedTopics for the topic and, when it was missing, joined the
// libp2p topic and stored the handle in the map, with no lock at all. The PR notes that
// concurrent access to JoinTopic is allowed (publishing and subscribing both go through it),
// so two callers could both see the topic missing, both call Join and both write the map,
// which crashed the node with "concurrent map writes" (the PR title and screenshot).
// The fix adds joinedTopicsLock and holds it across the lookup, the Join and the map insert.
package p2p

import (
	"context"
	"errors"
	"sync"
)

type Topic struct {
	name string
}

func (t *Topic) Publish(ctx context.Context, data []byte) error { return nil }

// PubSub stands in for the libp2p router, which refuses to join a topic twice.
type PubSub struct {
	mu     sync.Mutex
	topics map[string]*Topic
}

func (ps *PubSub) Join(topic string) (*Topic, error) {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if _, ok := ps.topics[topic]; ok {
		return nil, errors.New("topic already exists")
	}
	t := &Topic{name: topic}
	ps.topics[topic] = t
	return t, nil
}

type Service struct {
	pubsub       *PubSub
	joinedTopics map[string]*Topic
}

// JoinTopic will join PubSub topic, if not already joined.
func (s *Service) JoinTopic(topic string) (*Topic, error) {
	if _, ok := s.joinedTopics[topic]; !ok {
		topicHandle, err := s.pubsub.Join(topic)
		if err != nil {
			return nil, err
		}
		s.joinedTopics[topic] = topicHandle // Noncompliant
	}
	return s.joinedTopics[topic], nil
}

// PublishToTopic is called by the broadcaster for every outgoing gossip message.
func (s *Service) PublishToTopic(ctx context.Context, topic string, data []byte) error {
	t, err := s.JoinTopic(topic)
	if err != nil {
		return err
	}
	return t.Publish(ctx, data)
}

// SubscribeToTopic is called by the sync service's subscription goroutines.
func (s *Service) SubscribeToTopic(topic string) (*Topic, error) {
	return s.JoinTopic(topic)
}
