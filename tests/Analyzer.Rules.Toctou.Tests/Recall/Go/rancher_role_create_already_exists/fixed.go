// https://github.com/rancher/rancher/pull/24436
// Fixed version: the cache lookup stays as a fast path, but an "already exists" error from
// Create is treated as success, so a concurrent creator winning the race is tolerated.
package auth

import (
	"errors"
	"fmt"
	"sync"
)

type rbacRole struct {
	Namespace string
	Name      string
	Rules     []string
}

type rbacBinding struct {
	Namespace        string
	RoleTemplateName string
	Rules            []string
}

var errRbacNotFound = errors.New("role not found")
var errRbacAlreadyExists = errors.New("roles.rbac.authorization.k8s.io already exists")

func isAlreadyExists(err error) bool {
	return errors.Is(err, errRbacAlreadyExists)
}

type rbacRoleLister interface {
	Get(namespace, name string) (*rbacRole, error)
}

type rbacRoleClient interface {
	Create(role *rbacRole) (*rbacRole, error)
}

type prtbLifecycle struct {
	roleLister rbacRoleLister
	roles      rbacRoleClient
}

func (l *prtbLifecycle) ensureBindingRole(binding *rbacBinding) error {
	_, err := l.roleLister.Get(binding.Namespace, binding.RoleTemplateName)
	if err == nil {
		return nil
	}
	if !errors.Is(err, errRbacNotFound) {
		return err
	}
	role := &rbacRole{Namespace: binding.Namespace, Name: binding.RoleTemplateName, Rules: binding.Rules}
	if _, err := l.roles.Create(role); err != nil && !isAlreadyExists(err) {
		return fmt.Errorf("couldn't create role %v: %w", role.Name, err)
	}
	return nil
}

func (l *prtbLifecycle) startWorkers(queue <-chan *rbacBinding, workers int) {
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range queue {
				_ = l.ensureBindingRole(b)
			}
		}()
	}
	wg.Wait()
}
