// https://github.com/OffchainLabs/prysm/pull/6731
// Fixed version: joinedTopicsLock is held across the map lookup, the Join and the map insert,
// so only one caller joins a topic and the others reuse its handle.
package p2p

import (
	"context"
	"errors"
	"sync"
)

type TopicHandle struct {
	name string
}

func (t *TopicHandle) Publish(ctx context.Context, data []byte) error { return nil }

type GossipRouter struct {
	mu     sync.Mutex
	topics map[string]*TopicHandle
}

func (r *GossipRouter) Join(topic string) (*TopicHandle, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.topics[topic]; ok {
		return nil, errors.New("topic already exists")
	}
	t := &TopicHandle{name: topic}
	r.topics[topic] = t
	return t, nil
}

type P2PService struct {
	router           *GossipRouter
	joinedTopics     map[string]*TopicHandle
	joinedTopicsLock sync.Mutex
}

func (s *P2PService) JoinTopic(topic string) (*TopicHandle, error) {
	s.joinedTopicsLock.Lock()
	defer s.joinedTopicsLock.Unlock()

	if _, ok := s.joinedTopics[topic]; !ok {
		topicHandle, err := s.router.Join(topic)
		if err != nil {
			return nil, err
		}
		s.joinedTopics[topic] = topicHandle
	}
	return s.joinedTopics[topic], nil
}

func (s *P2PService) PublishToTopic(ctx context.Context, topic string, data []byte) error {
	t, err := s.JoinTopic(topic)
	if err != nil {
		return err
	}
	return t.Publish(ctx, data)
}

func (s *P2PService) SubscribeToTopic(topic string) (*TopicHandle, error) {
	return s.JoinTopic(topic)
}
