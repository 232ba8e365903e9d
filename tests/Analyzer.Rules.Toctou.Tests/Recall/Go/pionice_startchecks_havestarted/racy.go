// https://github.com/pion/ice/pull/205 ("Fix startConnectivityChecks multiple run guard")
// Agent.startConnectivityChecks tested a.haveStarted.Load().(bool) and only set it later, so two
// concurrent Dial/Accept calls could both pass the guard and both start the connectivity checks.
// The fix adds muHaveStarted and does the check and the set of haveStarted under that mutex.
package ice

import (
	"errors"
	"sync"
	"sync/atomic"
)

var errMultipleStart = errors.New("attempted to start agent twice")

type Agent struct {
	haveStarted atomic.Value // bool

	credMu      sync.Mutex
	remoteUfrag string
	remotePwd   string

	isControlling bool
	checks        chan struct{}
}

func NewAgent() *Agent {
	a := &Agent{checks: make(chan struct{}, 1)}
	a.haveStarted.Store(false)
	return a
}

func (a *Agent) SetRemoteCredentials(ufrag, pwd string) error {
	if ufrag == "" || pwd == "" {
		return errors.New("remote credentials required")
	}
	a.credMu.Lock()
	a.remoteUfrag, a.remotePwd = ufrag, pwd
	a.credMu.Unlock()
	return nil
}

func (a *Agent) startConnectivityChecks(isControlling bool, remoteUfrag, remotePwd string) error {
	if a.haveStarted.Load().(bool) {
		return errMultipleStart
	}
	if err := a.SetRemoteCredentials(remoteUfrag, remotePwd); err != nil {
		return err
	}
	a.haveStarted.Store(true) // Noncompliant
	a.isControlling = isControlling
	go a.connectivityChecks()
	return nil
}

func (a *Agent) connectivityChecks() {
	for range a.checks {
		a.credMu.Lock()
		_ = a.remoteUfrag
		a.credMu.Unlock()
	}
}
