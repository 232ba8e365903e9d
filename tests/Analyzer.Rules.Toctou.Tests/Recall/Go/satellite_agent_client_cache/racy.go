// https://github.com/gravitational/satellite/pull/182
// getAgentClient looked the node up in the clients cache under mu, released mu to dial the
// agent (to avoid holding the lock during I/O), then re-took mu and stored the new client.
// Two callers for the same node both miss, both dial, and the last Set wins: the other client
// leaks its connection (planet agents piled up open connections, gravity#1280). Fix: hold mu
// across lookup, dial and Set, so a node gets exactly one cached client.
package monitoring

import (
	"context"
	"sync"
	"time"
)

type AgentClient interface {
	Time(ctx context.Context) (time.Time, error)
	Close() error
}

type Member struct {
	Name string
	Addr string
}

// clientCache mirrors the ttlmap.TTLMap API used by the checker.
type clientCache interface {
	Get(key string) (interface{}, bool)
	Set(key string, value interface{}, ttl time.Duration) error
}

type timeDriftChecker struct {
	mu      sync.Mutex
	clients clientCache
	DialRPC func(node *Member) (AgentClient, error)
}

func (c *timeDriftChecker) check(ctx context.Context, nodes []Member) {
	var wg sync.WaitGroup
	for _, node := range nodes {
		wg.Add(1)
		go func(node Member) {
			defer wg.Done()
			client, err := c.getAgentClient(node)
			if err != nil {
				return
			}
			_, _ = client.Time(ctx)
		}(node)
	}
	wg.Wait()
}

func (c *timeDriftChecker) getAgentClient(node Member) (AgentClient, error) {
	c.mu.Lock()
	if clientI, exists := c.clients.Get(node.Addr); exists {
		c.mu.Unlock()
		return clientI.(AgentClient), nil
	}
	c.mu.Unlock()

	client, err := c.DialRPC(&node)
	if err != nil {
		return nil, err
	}

	c.mu.Lock()
	c.clients.Set(node.Addr, client, time.Hour) // Noncompliant
	c.mu.Unlock()
	return client, nil
}
