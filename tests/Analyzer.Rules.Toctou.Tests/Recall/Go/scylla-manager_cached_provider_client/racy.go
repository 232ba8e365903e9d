// https://github.com/scylladb/scylla-manager/issues/3935
// CachedProvider.Client looked up the per-cluster client under p.mu, released
// the lock, built a new client on a miss/expiry and stored it under p.mu again,
// so simultaneous health-check callers each created (and leaked) a client.
// Fix (PR #3957): hold the cache mutex across lookup, creation and store.
package scyllaclient

import (
	"context"
	"net/http"
	"sync"
	"time"
)

type UUID [16]byte

type Client struct {
	http *http.Client
}

func (c *Client) Close() { c.http.CloseIdleConnections() }

type ProviderFunc func(ctx context.Context, clusterID UUID) (*Client, error)

type clientTTL struct {
	client *Client
	ttl    time.Time
}

type CachedProvider struct {
	inner    ProviderFunc
	validity time.Duration
	clients  map[UUID]clientTTL
	mu       sync.Mutex
}

func NewCachedProvider(f ProviderFunc) *CachedProvider {
	return &CachedProvider{inner: f, validity: 15 * time.Minute, clients: make(map[UUID]clientTTL)}
}

// Client is called concurrently by the healthcheck pingers of every host.
func (p *CachedProvider) Client(ctx context.Context, clusterID UUID) (*Client, error) {
	p.mu.Lock()
	c, ok := p.clients[clusterID]
	p.mu.Unlock()

	if ok && c.ttl.After(time.Now()) {
		return c.client, nil
	}

	client, err := p.inner(ctx, clusterID)
	if err != nil {
		return nil, err
	}
	c = clientTTL{client: client, ttl: time.Now().Add(p.validity)}

	p.mu.Lock()
	p.clients[clusterID] = c // Noncompliant
	p.mu.Unlock()
	return c.client, nil
}

func (p *CachedProvider) Invalidate(clusterID UUID) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.clients, clusterID)
}

func PingAll(ctx context.Context, p *CachedProvider, id UUID, hosts []string) {
	var wg sync.WaitGroup
	for range hosts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = p.Client(ctx, id)
		}()
	}
	wg.Wait()
}
