// https://github.com/networkservicemesh/sdk/pull/610
package clientmap

import (
	"context"
	"sync"
)

type lockedEntry struct {
	count int
	lock  sync.Mutex
	value NetworkServiceClient
}

// LockedRefcountMap guards each entry's count and its removal with the entry lock.
type LockedRefcountMap struct {
	m sync.Map
}

func (r *LockedRefcountMap) LoadOrStoreRef(key string, value NetworkServiceClient) (NetworkServiceClient, bool) {
	raw, loaded := r.m.LoadOrStore(key, &lockedEntry{count: 1, value: value})
	e := raw.(*lockedEntry)
	if !loaded {
		return e.value, false
	}
	e.lock.Lock()
	if e.count == 0 {
		// entry was removed after we loaded it: start over
		e.lock.Unlock()
		return r.LoadOrStoreRef(key, value)
	}
	e.count++
	e.lock.Unlock()
	return e.value, true
}

func (r *LockedRefcountMap) LoadAndDeleteRef(key string) (NetworkServiceClient, bool) {
	raw, ok := r.m.Load(key)
	if !ok {
		return nil, false
	}
	e := raw.(*lockedEntry)
	e.lock.Lock()
	defer e.lock.Unlock()
	if e.count == 0 {
		return nil, false
	}
	e.count--
	if e.count == 0 {
		r.m.Delete(key)
		return e.value, true
	}
	return e.value, false
}

type safeConnectServer struct {
	clients LockedRefcountMap
	dial    func(id string) NetworkServiceClient
}

func (s *safeConnectServer) Request(ctx context.Context, id string) NetworkServiceClient {
	c, _ := s.clients.LoadOrStoreRef(id, s.dial(id))
	return c
}

func (s *safeConnectServer) Close(ctx context.Context, id string) {
	if c, deleted := s.clients.LoadAndDeleteRef(id); deleted {
		_ = c.Close(ctx)
	}
}

func serveSafeConnections(s *safeConnectServer, ids []string) {
	var wg sync.WaitGroup
	for _, id := range ids {
		wg.Add(2)
		go func(id string) { defer wg.Done(); s.Request(context.Background(), id) }(id)
		go func(id string) { defer wg.Done(); s.Close(context.Background(), id) }(id)
	}
	wg.Wait()
}
