// https://github.com/containerd/go-cni/issues/81 (fix: https://github.com/containerd/go-cni/pull/82, https://github.com/containerd/go-cni/pull/83)
// Fixed version: the executor is created together with the config, before any goroutine runs.
package cni

import (
	"context"
	"os"
	"sync"
)

type PluginExec interface {
	FindInPath(plugin string, paths []string) (string, error)
}

type defaultExec struct {
	stderr *os.File
}

func (e *defaultExec) FindInPath(plugin string, paths []string) (string, error) {
	return paths[0] + "/" + plugin, nil
}

type SharedCNIConfig struct {
	Path []string
	exec PluginExec
}

// newSharedCNIConfig sets exec up front, so nothing is initialized lazily later.
func newSharedCNIConfig(dir string) *SharedCNIConfig {
	return &SharedCNIConfig{
		Path: []string{dir},
		exec: &defaultExec{stderr: os.Stderr},
	}
}

func (c *SharedCNIConfig) AddNetworkList(ctx context.Context, plugin string) (string, error) {
	return c.exec.FindInPath(plugin, c.Path)
}

type AttachableNetwork struct {
	cni    *SharedCNIConfig
	plugin string
}

func (n *AttachableNetwork) Attach(ctx context.Context) (string, error) {
	return n.cni.AddNetworkList(ctx, n.plugin)
}

func attachAllNetworks(ctx context.Context, networks []*AttachableNetwork) []error {
	var wg sync.WaitGroup
	errs := make([]error, len(networks))
	for i, n := range networks {
		wg.Add(1)
		go func(i int, n *AttachableNetwork) {
			defer wg.Done()
			_, errs[i] = n.Attach(ctx)
		}(i, n)
	}
	wg.Wait()
	return errs
}
