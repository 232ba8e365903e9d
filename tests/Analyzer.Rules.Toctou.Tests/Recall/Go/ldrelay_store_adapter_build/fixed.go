// https://github.com/launchdarkly/ld-relay/pull/759
// Fixed shape: Build takes the adapter's write lock for the whole check-build-install sequence,
// so two concurrent builds cannot each construct and install their own store.
package store

import "sync"

type LockedRelayStoreAdapter struct {
	store          DataStore
	wrappedFactory DataStoreFactory
	mu             sync.RWMutex
}

func (a *LockedRelayStoreAdapter) CurrentStore() DataStore {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.store
}

func (a *LockedRelayStoreAdapter) BuildStore(ctx ClientContext) (DataStore, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.store != nil {
		return a.store, nil
	}
	wrapped, err := a.wrappedFactory.Build(ctx)
	if err != nil {
		return nil, err
	}
	sw := &streamUpdatesStoreWrapper{store: wrapped}
	a.store = sw
	return sw, nil
}

func startLockedEnvironment(a *LockedRelayStoreAdapter, ctx ClientContext) {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); _, _ = a.BuildStore(ctx) }()
	go func() { defer wg.Done(); _, _ = a.BuildStore(ctx) }()
	wg.Wait()
}
