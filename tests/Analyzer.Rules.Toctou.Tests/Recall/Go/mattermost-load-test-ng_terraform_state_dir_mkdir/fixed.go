// https://github.com/mattermost/mattermost-load-test-ng/pull/849 (ticket MM-61881)
// Fixed version: os.MkdirAll creates the directory or accepts one that already exists, so
// concurrent deployments no longer fail on each other's Mkdir.
package terraform

import (
	"fmt"
	"os"
	"sync"
)

type DeployConfig struct {
	TerraformStateDir string
}

type Deployer struct {
	id     string
	config *DeployConfig
}

func NewDeployer(id string, cfg *DeployConfig) (*Deployer, error) {
	if err := os.MkdirAll(cfg.TerraformStateDir, 0700); err != nil {
		return nil, fmt.Errorf("unable to create Terraform state directory %q: %w", cfg.TerraformStateDir, err)
	}
	return &Deployer{id: id, config: cfg}, nil
}

func runForAllDeployments(deployments map[string]*DeployConfig, action func(d *Deployer) error) error {
	var wg sync.WaitGroup
	errsCh := make(chan error, len(deployments))
	for id, cfg := range deployments {
		wg.Add(1)
		go func(id string, cfg *DeployConfig) {
			defer wg.Done()
			d, err := NewDeployer(id, cfg)
			if err != nil {
				errsCh <- err
				return
			}
			if err := action(d); err != nil {
				errsCh <- err
			}
		}(id, cfg)
	}
	wg.Wait()
	close(errsCh)
	var err error
	for err = range errsCh {
	}
	return err
}
