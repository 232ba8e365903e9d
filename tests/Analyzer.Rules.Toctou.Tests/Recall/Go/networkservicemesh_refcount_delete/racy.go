// https://github.com/networkservicemesh/sdk/pull/610
// RefcountMap kept a per-client reference count next to a sync.Map entry. Delete
// dropped the count and, on reaching zero, removed the key; LoadOrStore could grab
// the same entry in between and bump it, so a live client lost its map entry.
// Fix: a per-entry mutex guards count and removal; loaders re-check count == 0 under it.
package clientmap

import (
	"context"
	"sync"
	"sync/atomic"
)

type NetworkServiceClient interface {
	Close(ctx context.Context) error
}

type refcountClient struct {
	count  int32
	client NetworkServiceClient
}

// RefcountMap is shared by every connect/close request served by the chain element.
type RefcountMap struct {
	m sync.Map
}

func (r *RefcountMap) LoadOrStore(key string, value NetworkServiceClient) (NetworkServiceClient, bool) {
	fresh := &refcountClient{client: value}
	raw, loaded := r.m.LoadOrStore(key, fresh)
	rc := raw.(*refcountClient)
	atomic.AddInt32(&rc.count, 1)
	return rc.client, loaded
}

func (r *RefcountMap) Delete(key string) bool {
	raw, ok := r.m.Load(key)
	if !ok {
		return false
	}
	rc := raw.(*refcountClient)
	if atomic.AddInt32(&rc.count, -1) == 0 {
		r.m.Delete(key) // Noncompliant
		return true
	}
	return false
}

type connectServer struct {
	clients RefcountMap
	dial    func(id string) NetworkServiceClient
}

func (s *connectServer) Request(ctx context.Context, id string) NetworkServiceClient {
	c, _ := s.clients.LoadOrStore(id, s.dial(id))
	return c
}

func (s *connectServer) Close(ctx context.Context, id string) {
	if raw, ok := s.clients.m.Load(id); ok {
		rc := raw.(*refcountClient)
		if s.clients.Delete(id) {
			_ = rc.client.Close(ctx)
		}
	}
}

func serveConnections(s *connectServer, ids []string) {
	var wg sync.WaitGroup
	for _, id := range ids {
		wg.Add(2)
		go func(id string) { defer wg.Done(); s.Request(context.Background(), id) }(id)
		go func(id string) { defer wg.Done(); s.Close(context.Background(), id) }(id)
	}
	wg.Wait()
}
