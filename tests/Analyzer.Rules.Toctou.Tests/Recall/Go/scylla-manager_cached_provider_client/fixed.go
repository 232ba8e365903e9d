// https://github.com/scylladb/scylla-manager/issues/3935
// Fixed: the cache mutex is held while the client is looked up, created and
// stored, so concurrent callers wait and reuse the single new client.
package scyllaclient

import (
	"context"
	"sync"
	"time"
)

type SafeCachedProvider struct {
	inner    ProviderFunc
	validity time.Duration
	clients  map[UUID]clientTTL
	mu       sync.Mutex
}

func NewSafeCachedProvider(f ProviderFunc) *SafeCachedProvider {
	return &SafeCachedProvider{inner: f, validity: 15 * time.Minute, clients: make(map[UUID]clientTTL)}
}

func (p *SafeCachedProvider) GetClient(ctx context.Context, clusterID UUID) (*Client, error) {
	p.mu.Lock()
	defer p.mu.Unlock()

	c, ok := p.clients[clusterID]
	if ok && c.ttl.After(time.Now()) {
		return c.client, nil
	}

	client, err := p.inner(ctx, clusterID)
	if err != nil {
		return nil, err
	}
	c = clientTTL{client: client, ttl: time.Now().Add(p.validity)}
	p.clients[clusterID] = c
	return c.client, nil
}

func (p *SafeCachedProvider) Drop(clusterID UUID) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.clients, clusterID)
}

func PingAllSafe(ctx context.Context, p *SafeCachedProvider, id UUID, hosts []string) {
	var wg sync.WaitGroup
	for range hosts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = p.GetClient(ctx, id)
		}()
	}
	wg.Wait()
}
