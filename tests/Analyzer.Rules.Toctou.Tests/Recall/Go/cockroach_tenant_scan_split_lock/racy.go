// https://github.com/cockroachdb/cockroach/pull/107666
// scanTenantsForRunnableServices SELECTed the tenants that should run without
// holding the controller mutex, then took the mutex and stopped every server
// entry missing from that list. A tenant created by createServerEntryLocked in
// between was torn down right after it started.
// Fix: take the mutex before SELECTing, so check and teardown see one state.
package server

import (
	"context"
	"database/sql"
	"sync"
)

type serverEntry struct {
	name    string
	stopped chan struct{}
}

func (e *serverEntry) requestStop() { close(e.stopped) }

type serverController struct {
	db *sql.DB
	mu struct {
		sync.Mutex
		servers map[string]*serverEntry
	}
}

func (c *serverController) getExpectedRunningTenants(ctx context.Context) (map[string]struct{}, error) {
	rows, err := c.db.QueryContext(ctx,
		`SELECT name FROM system.tenants WHERE service_mode = 'shared'`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	names := map[string]struct{}{}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		names[n] = struct{}{}
	}
	return names, rows.Err()
}

// createServerEntryLocked is called by SQL sessions that start a tenant.
func (c *serverController) createServerEntryLocked(name string) *serverEntry {
	e := &serverEntry{name: name, stopped: make(chan struct{})}
	c.mu.servers[name] = e
	return e
}

func (c *serverController) startTenant(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.mu.servers[name]; !ok {
		c.createServerEntryLocked(name)
	}
}

// scanTenantsForRunnableServices runs periodically in its own goroutine.
func (c *serverController) scanTenantsForRunnableServices(ctx context.Context) error {
	expected, err := c.getExpectedRunningTenants(ctx)
	if err != nil {
		return err
	}

	c.mu.Lock()
	defer c.mu.Unlock()
	for name, e := range c.mu.servers {
		if _, ok := expected[name]; !ok {
			e.requestStop() // Noncompliant
			delete(c.mu.servers, name)
		}
	}
	return nil
}
