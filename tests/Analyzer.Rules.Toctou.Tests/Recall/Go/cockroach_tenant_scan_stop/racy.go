// https://github.com/cockroachdb/cockroach/pull/107666
// scanTenantsForRunnableServices read the set of tenants that should run
// before taking c.mu, then under c.mu stopped every server not in that stale
// snapshot; a tenant server created in between (startAndWaitForRunningServer)
// was stopped right away. Fix: take c.mu before reading the expected tenants.
package tenantctl

import (
	"context"
	"sync"
	"time"
)

type serverEntry struct {
	name        string
	requestStop func()
}

type tenantLister interface {
	ExpectedRunningTenants(ctx context.Context) ([]string, error)
}

type serverController struct {
	db tenantLister
	mu struct {
		sync.Mutex
		servers map[string]*serverEntry
	}
}

func newEntry(name string) *serverEntry {
	stop := make(chan struct{})
	var once sync.Once
	return &serverEntry{name: name, requestStop: func() { once.Do(func() { close(stop) }) }}
}

func (c *serverController) createServerEntryLocked(name string) *serverEntry {
	e := newEntry(name)
	c.mu.servers[name] = e
	return e
}

// Called from SQL sessions that need a tenant server right now.
func (c *serverController) startAndWaitForRunningServer(name string) *serverEntry {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.mu.servers[name]; ok {
		return e
	}
	return c.createServerEntryLocked(name)
}

func (c *serverController) scanTenantsForRunnableServices(ctx context.Context) error {
	reqTenants, err := c.db.ExpectedRunningTenants(ctx)
	if err != nil {
		return err
	}
	want := make(map[string]struct{}, len(reqTenants))
	for _, n := range reqTenants {
		want[n] = struct{}{}
	}

	c.mu.Lock()
	defer c.mu.Unlock()
	for name, srv := range c.mu.servers {
		if _, ok := want[name]; !ok {
			srv.requestStop() // Noncompliant
		}
	}
	for _, n := range reqTenants {
		if _, ok := c.mu.servers[n]; !ok {
			c.createServerEntryLocked(n)
		}
	}
	return nil
}

func (c *serverController) start(ctx context.Context) {
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-time.After(time.Second):
			}
			_ = c.scanTenantsForRunnableServices(ctx)
		}
	}()
}
