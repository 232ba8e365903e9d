// https://github.com/cockroachdb/cockroach/pull/107666
// Fixed: the controller mutex is taken before the tenant list is read, so a
// concurrent createServerEntryLocked cannot slip in between the SELECT and the
// teardown of entries that are not in the list.
package server

import (
	"context"
	"database/sql"
	"sync"
)

type tenantController struct {
	db *sql.DB
	mu struct {
		sync.Mutex
		servers map[string]*serverEntry
	}
}

func (c *tenantController) listSharedTenants(ctx context.Context) (map[string]struct{}, error) {
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

func (c *tenantController) addEntryLocked(name string) *serverEntry {
	e := &serverEntry{name: name, stopped: make(chan struct{})}
	c.mu.servers[name] = e
	return e
}

func (c *tenantController) launchTenant(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.mu.servers[name]; !ok {
		c.addEntryLocked(name)
	}
}

func (c *tenantController) reconcileTenants(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()

	expected, err := c.listSharedTenants(ctx)
	if err != nil {
		return err
	}
	for name, e := range c.mu.servers {
		if _, ok := expected[name]; !ok {
			e.requestStop()
			delete(c.mu.servers, name)
		}
	}
	return nil
}
