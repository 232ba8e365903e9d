// https://github.com/gravitational/satellite/pull/182
// Fixed shape (as in satellite's monitoring/timedrift.go after the fix): mu is held for the
// whole lookup-dial-store sequence, so concurrent callers for one node share one client.
package monitoring

import (
	"context"
	"sync"
	"time"
)

type driftChecker struct {
	mu      sync.Mutex
	clients clientCache
	DialRPC func(node *Member) (AgentClient, error)
}

func (c *driftChecker) checkNodes(ctx context.Context, nodes []Member) {
	var wg sync.WaitGroup
	for _, node := range nodes {
		wg.Add(1)
		go func(node Member) {
			defer wg.Done()
			client, err := c.agentClientFor(node)
			if err != nil {
				return
			}
			_, _ = client.Time(ctx)
		}(node)
	}
	wg.Wait()
}

func (c *driftChecker) agentClientFor(node Member) (AgentClient, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if clientI, exists := c.clients.Get(node.Addr); exists {
		return clientI.(AgentClient), nil
	}
	client, err := c.DialRPC(&node)
	if err != nil {
		return nil, err
	}
	c.clients.Set(node.Addr, client, time.Hour)
	return client, nil
}
