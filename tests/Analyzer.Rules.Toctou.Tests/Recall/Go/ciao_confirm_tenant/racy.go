// https://github.com/ciao-project/ciao/pull/1049
// confirmTenant (not re-entrant) ran on several goroutines: each saw the tenant missing and
// added it and launched its CNCI, so two simultaneous commands broke a new tenant.
// Fix: per-tenant channels in a map under a short lock; the first caller confirms and
// closes the channel, later callers wait on it.
package ciao

import (
	"errors"
	"sync"
)

type Tenant struct {
	ID      string
	CNCIIPs []string
}

type datastore struct {
	mu      sync.Mutex
	tenants map[string]*Tenant
}

func (ds *datastore) GetTenant(id string) *Tenant {
	ds.mu.Lock()
	defer ds.mu.Unlock()
	return ds.tenants[id]
}

func (ds *datastore) AddTenant(id string) (*Tenant, error) {
	ds.mu.Lock()
	defer ds.mu.Unlock()
	t := &Tenant{ID: id}
	ds.tenants[id] = t
	return t, nil
}

type controller struct {
	ds *datastore
}

func (c *controller) launchCNCI(t *Tenant) error {
	if t == nil {
		return errors.New("no tenant")
	}
	t.CNCIIPs = append(t.CNCIIPs, "10.0.0.1") // slow in reality: waits for the VM
	return nil
}

func (c *controller) confirmTenant(tenantID string) error {
	if t := c.ds.GetTenant(tenantID); t != nil {
		return nil
	}
	t, err := c.ds.AddTenant(tenantID) // Noncompliant
	if err != nil {
		return err
	}
	return c.launchCNCI(t)
}

// HTTP handlers for workload/instance commands each run on their own goroutine.
func (c *controller) startWorkload(tenantID string) error {
	return c.confirmTenant(tenantID)
}
