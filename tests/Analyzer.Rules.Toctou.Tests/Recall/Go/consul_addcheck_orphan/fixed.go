// https://github.com/hashicorp/consul/pull/3296
// Fixed version: the service lookup is repeated inside the state's AddCheck while the
// state lock is held, so a check can no longer be stored for a service that a
// concurrent deregistration has just removed.
package consulcheck

import (
	"fmt"
	"sync"
)

type checkDef struct {
	CheckID   string
	ServiceID string
	Node      string
}

type serviceDef struct {
	ID      string
	Service string
}

type agentState struct {
	sync.RWMutex
	nodeName string
	services map[string]*serviceDef
	checks   map[string]*checkDef
}

func (l *agentState) Service(id string) *serviceDef {
	l.RLock()
	defer l.RUnlock()
	return l.services[id]
}

func (l *agentState) Checks() map[string]*checkDef {
	l.RLock()
	defer l.RUnlock()
	out := make(map[string]*checkDef, len(l.checks))
	for id, c := range l.checks {
		out[id] = c
	}
	return out
}

func (l *agentState) RemoveService(id string) error {
	l.Lock()
	defer l.Unlock()
	if _, ok := l.services[id]; !ok {
		return fmt.Errorf("Service does not exist")
	}
	delete(l.services, id)
	return nil
}

func (l *agentState) RemoveCheck(id string) {
	l.Lock()
	defer l.Unlock()
	delete(l.checks, id)
}

func (l *agentState) AddCheck(check *checkDef) error {
	check.Node = l.nodeName
	l.Lock()
	defer l.Unlock()
	// if there is a serviceID associated with the check, make sure it exists before adding it
	if check.ServiceID != "" && l.services[check.ServiceID] == nil {
		return fmt.Errorf("Check %q refers to non-existent service %q", check.CheckID, check.ServiceID)
	}
	l.checks[check.CheckID] = check
	return nil
}

type checkAgent struct {
	state *agentState
}

func (a *checkAgent) AddCheck(check *checkDef) error {
	if check.ServiceID != "" && a.state.Service(check.ServiceID) == nil {
		return fmt.Errorf("ServiceID %q does not exist", check.ServiceID)
	}
	return a.state.AddCheck(check)
}

func (a *checkAgent) RemoveService(serviceID string) error {
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
