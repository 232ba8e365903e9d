// https://github.com/mattermost/mattermost-load-test-ng/pull/849 (ticket MM-61881)
// A comparison run handles all of its deployments concurrently: deploymentAction starts one
// goroutine per deployment and each calls terraform.New, which calls ensureTerraformStateDir.
// That helper stat'ed the shared state directory and, if it did not exist, created it with
// os.Mkdir. Two goroutines could both see "does not exist"; the first Mkdir succeeded and the
// second failed with "file exists", failing that deployment. The fix replaces the Stat+Mkdir
// pair with os.MkdirAll, which treats an already existing directory as success.
package terraform

import (
	"errors"
	"fmt"
	"os"
	"sync"
)

type Config struct {
	TerraformStateDir string
}

type Terraform struct {
	id     string
	config *Config
}

func ensureTerraformStateDir(dir string) error {
	_, err := os.Stat(dir)
	if err == nil {
		return nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return os.Mkdir(dir, 0700) // Noncompliant
}

func New(id string, cfg *Config) (*Terraform, error) {
	if err := ensureTerraformStateDir(cfg.TerraformStateDir); err != nil {
		return nil, fmt.Errorf("unable to create Terraform state directory %q: %w", cfg.TerraformStateDir, err)
	}
	return &Terraform{id: id, config: cfg}, nil
}

// deploymentAction runs action for every deployment of a comparison in parallel.
func deploymentAction(deployments map[string]*Config, action func(t *Terraform) error) error {
	var wg sync.WaitGroup
	errsCh := make(chan error, len(deployments))
	for id, cfg := range deployments {
		wg.Add(1)
		go func(id string, cfg *Config) {
			defer wg.Done()
			t, err := New(id, cfg)
			if err != nil {
				errsCh <- err
				return
			}
			if err := action(t); err != nil {
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
