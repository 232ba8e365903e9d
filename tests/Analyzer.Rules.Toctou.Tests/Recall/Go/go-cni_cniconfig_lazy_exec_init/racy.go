// https://github.com/containerd/go-cni/issues/81 (fix: https://github.com/containerd/go-cni/pull/82, https://github.com/containerd/go-cni/pull/83)
// libcni's CNIConfig filled its exec field lazily: every AddNetworkList call ran ensureExec,
// which tested c.exec for nil and assigned a default executor if so. go-cni attaches all
// configured networks at once, one goroutine per network, and they all share one CNIConfig,
// so several goroutines could see nil and assign at the same time (race detector report,
// possible nil use). The fix creates the executor when the CNIConfig is built, so the
// nil-check-then-assign no longer runs on the concurrent path.
package cni

import (
	"context"
	"os"
	"sync"
)

type Exec interface {
	FindInPath(plugin string, paths []string) (string, error)
}

type rawExec struct {
	stderr *os.File
}

func (e *rawExec) FindInPath(plugin string, paths []string) (string, error) {
	return paths[0] + "/" + plugin, nil
}

// CNIConfig is shared by every network attached to a sandbox.
type CNIConfig struct {
	Path []string
	exec Exec
}

func (c *CNIConfig) ensureExec() Exec {
	if c.exec == nil {
		c.exec = &rawExec{stderr: os.Stderr} // Noncompliant
	}
	return c.exec
}

func (c *CNIConfig) AddNetworkList(ctx context.Context, plugin string) (string, error) {
	c.ensureExec()
	return c.exec.FindInPath(plugin, c.Path)
}

type Network struct {
	cni    *CNIConfig
	plugin string
}

func (n *Network) Attach(ctx context.Context) (string, error) {
	return n.cni.AddNetworkList(ctx, n.plugin)
}

// attachNetworks attaches every network in parallel (loopback and eth0 at least).
func attachNetworks(ctx context.Context, networks []*Network) []error {
	var wg sync.WaitGroup
	errs := make([]error, len(networks))
	for i, n := range networks {
		wg.Add(1)
		go func(i int, n *Network) {
			defer wg.Done()
			_, errs[i] = n.Attach(ctx)
		}(i, n)
	}
	wg.Wait()
	return errs
}

func newDefaultConfig(dir string) *CNIConfig {
	return &CNIConfig{Path: []string{dir}}
}
