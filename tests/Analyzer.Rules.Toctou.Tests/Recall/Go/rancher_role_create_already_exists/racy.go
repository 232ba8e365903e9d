// https://github.com/rancher/rancher/pull/24436
// The role-template-binding controller looked the role up in its lister (informer cache) and,
// on NotFound, called Create. Bindings handled close together (and a cache that lagged behind
// the API server) let a second handler pass the check after the first had created the role, so
// Create failed with "already exists" and the sync errored. Fix: ignore IsAlreadyExists on Create.
package auth

import (
	"errors"
	"fmt"
	"sync"
)

type Role struct {
	Namespace string
	Name      string
	Rules     []string
}

type RoleTemplateBinding struct {
	Namespace        string
	RoleTemplateName string
	Rules            []string
}

var errRoleNotFound = errors.New("role not found")
var errRoleAlreadyExists = errors.New("roles.rbac.authorization.k8s.io already exists")

// RoleLister reads from the shared informer cache.
type RoleLister interface {
	Get(namespace, name string) (*Role, error)
}

// RoleInterface talks to the API server.
type RoleInterface interface {
	Create(role *Role) (*Role, error)
}

type crtbLifecycle struct {
	roleLister RoleLister
	roles      RoleInterface
}

func (l *crtbLifecycle) ensureRole(binding *RoleTemplateBinding) error {
	_, err := l.roleLister.Get(binding.Namespace, binding.RoleTemplateName)
	if err == nil {
		return nil
	}
	if !errors.Is(err, errRoleNotFound) {
		return err
	}
	role := &Role{Namespace: binding.Namespace, Name: binding.RoleTemplateName, Rules: binding.Rules}
	if _, err := l.roles.Create(role); err != nil { // Noncompliant
		return fmt.Errorf("couldn't create role %v: %w", role.Name, err)
	}
	return nil
}

// The generic controller runs several workers, each syncing bindings concurrently.
func (l *crtbLifecycle) runWorkers(queue <-chan *RoleTemplateBinding, workers int) {
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range queue {
				_ = l.ensureRole(b)
			}
		}()
	}
	wg.Wait()
}
