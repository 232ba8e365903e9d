// https://github.com/lxc/terraform-provider-incus/pull/474 (issue https://github.com/lxc/terraform-provider-incus/issues/469)
// Fixed (per the PR description "serializes Incus client creation"): one creation mutex is held
// from the cache lookup through client construction to the cache store.
package config

import (
	"sync"

	incus "github.com/lxc/incus/v6/client"
	incus_config "github.com/lxc/incus/v6/shared/cliconfig"
)

type SerializedProviderConfig struct {
	incusConfig *incus_config.Config
	servers     map[string]incus.Server
	mux         sync.RWMutex
	createMu    sync.Mutex
}

func (p *SerializedProviderConfig) newInstanceServer(remoteName string) (incus.InstanceServer, error) {
	p.mux.Lock()
	defer p.mux.Unlock()
	return p.incusConfig.GetInstanceServer(remoteName)
}

func (p *SerializedProviderConfig) getServer(remoteName string) (incus.Server, error) {
	if remoteName == "" {
		remoteName = p.incusConfig.DefaultRemote
	}

	p.createMu.Lock()
	defer p.createMu.Unlock()

	p.mux.RLock()
	server, ok := p.servers[remoteName]
	p.mux.RUnlock()
	if ok {
		return server, nil
	}

	instServer, err := p.newInstanceServer(remoteName)
	if err != nil {
		return nil, err
	}
	server = instServer

	p.mux.Lock()
	p.servers[remoteName] = server
	p.mux.Unlock()
	return server, nil
}

func (p *SerializedProviderConfig) GetInstanceServer(remoteName string, project string) (incus.InstanceServer, error) {
	server, err := p.getServer(remoteName)
	if err != nil {
		return nil, err
	}
	return server.(incus.InstanceServer).UseProject(project), nil
}
