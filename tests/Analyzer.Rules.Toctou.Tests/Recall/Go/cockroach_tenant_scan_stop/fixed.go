// https://github.com/cockroachdb/cockroach/pull/107666
package tenantctl

import (
	"context"
	"sync"
	"time"
)

type tenantServer struct {
	name        string
	requestStop func()
}

type tenantSource interface {
	ExpectedRunningTenants(ctx context.Context) ([]string, error)
}

type tenantOrchestrator struct {
	db tenantSource
	mu struct {
		sync.Mutex
		servers map[string]*tenantServer
	}
}

func makeTenantServer(name string) *tenantServer {
	stop := make(chan struct{})
	var once sync.Once
	return &tenantServer{name: name, requestStop: func() { once.Do(func() { close(stop) }) }}
}

func (o *tenantOrchestrator) addServerLocked(name string) *tenantServer {
	s := makeTenantServer(name)
	o.mu.servers[name] = s
	return s
}

func (o *tenantOrchestrator) getOrStartServer(name string) *tenantServer {
	o.mu.Lock()
	defer o.mu.Unlock()
	if s, ok := o.mu.servers[name]; ok {
		return s
	}
	return o.addServerLocked(name)
}

func (o *tenantOrchestrator) reconcileTenantServers(ctx context.Context) error {
	// The mutex is held while reading the expected tenants so that no server
	// can be added between the read and the stop decisions below.
	o.mu.Lock()
	defer o.mu.Unlock()

	reqTenants, err := o.db.ExpectedRunningTenants(ctx)
	if err != nil {
		return err
	}
	want := make(map[string]struct{}, len(reqTenants))
	for _, n := range reqTenants {
		want[n] = struct{}{}
	}
	for name, srv := range o.mu.servers {
		if _, ok := want[name]; !ok {
			srv.requestStop()
		}
	}
	for _, n := range reqTenants {
		if _, ok := o.mu.servers[n]; !ok {
			o.addServerLocked(n)
		}
	}
	return nil
}

func (o *tenantOrchestrator) run(ctx context.Context) {
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-time.After(time.Second):
			}
			_ = o.reconcileTenantServers(ctx)
		}
	}()
}
