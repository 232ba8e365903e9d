// https://github.com/lxc/terraform-provider-incus/pull/474 (issue https://github.com/lxc/terraform-provider-incus/issues/469)
// Terraform refreshes resources in parallel and each ReadResource calls server(remote). server()
// checks the p.servers cache under the lock, drops it, builds the client (which lazily writes the
// shared cliconfig remotes map), and stores it: every goroutine that missed bootstraps the same
// remote at once ("concurrent map writes"). Fix: client creation is serialized under one lock.
package config

import (
	"sync"

	incus "github.com/lxc/incus/v6/client"
	incus_config "github.com/lxc/incus/v6/shared/cliconfig"
)

type IncusProviderConfig struct {
	incusConfig *incus_config.Config
	servers     map[string]incus.Server
	mux         sync.RWMutex
}

func (p *IncusProviderConfig) getIncusConfigInstanceServer(remoteName string) (incus.InstanceServer, error) {
	p.mux.RLock()
	defer p.mux.RUnlock()
	return p.incusConfig.GetInstanceServer(remoteName)
}

func (p *IncusProviderConfig) server(remoteName string) (incus.Server, error) {
	if remoteName == "" {
		remoteName = p.incusConfig.DefaultRemote
	}

	p.mux.Lock()
	server, ok := p.servers[remoteName]
	p.mux.Unlock()
	if ok {
		return server, nil
	}

	instServer, err := p.getIncusConfigInstanceServer(remoteName)
	if err != nil {
		return nil, err
	}
	server = instServer

	p.mux.Lock()
	defer p.mux.Unlock()
	p.servers[remoteName] = server // Noncompliant
	return server, nil
}

// InstanceServer is called by every resource's CRUD function, concurrently.
func (p *IncusProviderConfig) InstanceServer(remoteName string, project string) (incus.InstanceServer, error) {
	server, err := p.server(remoteName)
	if err != nil {
		return nil, err
	}
	return server.(incus.InstanceServer).UseProject(project), nil
}
