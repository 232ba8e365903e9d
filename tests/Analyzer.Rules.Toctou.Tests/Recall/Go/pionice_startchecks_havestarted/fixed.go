// https://github.com/pion/ice/pull/205 ("Fix startConnectivityChecks multiple run guard")
// Fixed version: haveStarted is a plain bool read and written under muHaveStarted, held for the
// whole start, so only one caller can start the connectivity checks.
package ice

import (
	"errors"
	"sync"
)

var errStartedTwice = errors.New("attempted to start agent twice")

type IceAgent struct {
	muHaveStarted sync.Mutex
	haveStarted   bool

	credMu      sync.Mutex
	remoteUfrag string
	remotePwd   string

	isControlling bool
	checks        chan struct{}
}

func NewIceAgent() *IceAgent {
	return &IceAgent{checks: make(chan struct{}, 1)}
}

func (a *IceAgent) SetRemoteCreds(ufrag, pwd string) error {
	if ufrag == "" || pwd == "" {
		return errors.New("remote credentials required")
	}
	a.credMu.Lock()
	a.remoteUfrag, a.remotePwd = ufrag, pwd
	a.credMu.Unlock()
	return nil
}

func (a *IceAgent) beginConnectivityChecks(isControlling bool, remoteUfrag, remotePwd string) error {
	a.muHaveStarted.Lock()
	defer a.muHaveStarted.Unlock()
	if a.haveStarted {
		return errStartedTwice
	}
	if err := a.SetRemoteCreds(remoteUfrag, remotePwd); err != nil {
		return err
	}
	a.haveStarted = true
	a.isControlling = isControlling
	go a.runConnectivityChecks()
	return nil
}

func (a *IceAgent) runConnectivityChecks() {
	for range a.checks {
		a.credMu.Lock()
		_ = a.remoteUfrag
		a.credMu.Unlock()
	}
}
