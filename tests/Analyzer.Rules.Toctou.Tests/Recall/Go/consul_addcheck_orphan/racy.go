// https://github.com/hashicorp/consul/pull/3296
// Agent.AddCheck verified through localState.Services() that the check's service was
// registered, then (after starting the check runner) stored it with localState.AddCheck.
// A concurrent deregistration could remove the service and its checks in between, so the
// check was stored orphaned (hashicorp/consul#3297). Fix: localState.AddCheck re-checks
// the service while holding the state lock and returns an error.
package consulcheck

import (
	"fmt"
	"sync"
)

type HealthCheck struct {
	CheckID   string
	ServiceID string
	Node      string
}

type NodeService struct {
	ID      string
	Service string
}

type localState struct {
	sync.RWMutex
	nodeName string
	services map[string]*NodeService
	checks   map[string]*HealthCheck
}

func (l *localState) Services() map[string]*NodeService {
	l.RLock()
	defer l.RUnlock()
	out := make(map[string]*NodeService, len(l.services))
	for id, s := range l.services {
		out[id] = s
	}
	return out
}

func (l *localState) Checks() map[string]*HealthCheck {
	l.RLock()
	defer l.RUnlock()
	out := make(map[string]*HealthCheck, len(l.checks))
	for id, c := range l.checks {
		out[id] = c
	}
	return out
}

func (l *localState) RemoveService(id string) error {
	l.Lock()
	defer l.Unlock()
	if _, ok := l.services[id]; !ok {
		return fmt.Errorf("Service does not exist")
	}
	delete(l.services, id)
	return nil
}

func (l *localState) RemoveCheck(id string) {
	l.Lock()
	defer l.Unlock()
	delete(l.checks, id)
}

func (l *localState) AddCheck(check *HealthCheck) {
	check.Node = l.nodeName
	l.Lock()
	defer l.Unlock()
	l.checks[check.CheckID] = check
}

// Agent methods are called from the HTTP API handlers, one goroutine per request.
type Agent struct {
	state *localState
}

func (a *Agent) AddCheck(check *HealthCheck) error {
	if check.ServiceID != "" {
		if _, ok := a.state.Services()[check.ServiceID]; !ok {
			return fmt.Errorf("ServiceID %q does not exist", check.ServiceID)
		}
	}
	// set up the monitor / TTL runner for the check here
	a.state.AddCheck(check) // Noncompliant
	return nil
}

func (a *Agent) RemoveService(serviceID string) error {
	if err := a.state.RemoveService(serviceID); err != nil {
		return err
	}
	for checkID, c := range a.state.Checks() {
		if c.ServiceID == serviceID {
			a.state.RemoveCheck(checkID)
		}
	}
	return nil
}
