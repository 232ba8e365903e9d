// https://github.com/launchdarkly/ld-relay/pull/759
// At environment startup the initial client's build and the first key-rotation re-anchor's build
// can both run the store adapter's Build. Each looks, sees no store yet, builds its own, and then
// overwrites the adapter's store pointer unconditionally; if the superseded client is closed, the
// environment keeps serving from a closed store. Fix: Build holds the adapter lock across the whole
// build, so only one store is constructed and installed.
package store

import "sync"

type DataStore interface {
	Close() error
}

type DataStoreFactory interface {
	Build(ctx ClientContext) (DataStore, error)
}

type ClientContext struct{ EnvName string }

type streamUpdatesStoreWrapper struct {
	store DataStore
}

func (sw *streamUpdatesStoreWrapper) Close() error { return sw.store.Close() }

type SSERelayDataStoreAdapter struct {
	store          DataStore
	wrappedFactory DataStoreFactory
	mu             sync.RWMutex
}

func (a *SSERelayDataStoreAdapter) GetStore() DataStore {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.store
}

func (a *SSERelayDataStoreAdapter) Build(ctx ClientContext) (DataStore, error) {
	if existing := a.GetStore(); existing != nil {
		return existing, nil
	}
	wrapped, err := a.wrappedFactory.Build(ctx)
	if err != nil {
		return nil, err
	}
	sw := &streamUpdatesStoreWrapper{store: wrapped}
	a.mu.Lock()
	a.store = sw // Noncompliant
	a.mu.Unlock()
	return sw, nil
}

// startEnvironment builds the initial client while a key rotation re-anchors concurrently.
func startEnvironment(a *SSERelayDataStoreAdapter, ctx ClientContext) {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); _, _ = a.Build(ctx) }()
	go func() { defer wg.Done(); _, _ = a.Build(ctx) }()
	wg.Wait()
}
