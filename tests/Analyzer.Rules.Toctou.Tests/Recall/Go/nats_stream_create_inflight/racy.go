// https://github.com/nats-io/nats-server/pull/4013
// addStreamWithAssignment checked jsa.streams for the name under jsa.mu, released the lock
// while it validated limits and set up the store, and registered the new stream at the end.
// Two parallel create requests for the same stream both saw "not found" and both built it.
// Fix: an inflight sync.Map entry (LoadOrStore) makes a second creator wait for the first.
package server

import (
	"errors"
	"sync"
)

type StreamConfig struct {
	Name     string
	Replicas int
}

type stream struct {
	cfg StreamConfig
}

type jsAccount struct {
	mu       sync.RWMutex
	streams  map[string]*stream
	inflight sync.Map
}

var errStreamNameExist = errors.New("stream name already in use with a different configuration")

func (mset *stream) setupStore() error { return nil }

func (jsa *jsAccount) addStream(cfg StreamConfig) (*stream, error) {
	jsa.mu.Lock()
	if mset, ok := jsa.streams[cfg.Name]; ok {
		jsa.mu.Unlock()
		if mset.cfg == cfg {
			return mset, nil
		}
		return nil, errStreamNameExist
	}
	jsa.mu.Unlock()

	mset := &stream{cfg: cfg}
	if err := mset.setupStore(); err != nil {
		return nil, err
	}

	// Register with our account last.
	jsa.mu.Lock()
	jsa.streams[cfg.Name] = mset // Noncompliant
	jsa.mu.Unlock()
	return mset, nil
}

// Each JetStream API request is handled on its own goroutine.
func (jsa *jsAccount) handleStreamCreate(reqs []StreamConfig) {
	for _, cfg := range reqs {
		go jsa.addStream(cfg)
	}
}
