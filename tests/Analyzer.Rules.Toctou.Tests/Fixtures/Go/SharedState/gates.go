package sharedstate

import "sync"

// proxyGate serves once: ServeProxy turns a second call away when the state says it is running, but tests under the read
// lock and marks it running under the write lock, so two callers can both pass and both serve. ServeProxy is the only code
// that takes the lock, which is there for calls of ServeProxy that overlap. lockedGate tests and marks under one hold.
const gateRunning = "running"

type proxyGate struct {
	mu    sync.RWMutex
	state string
	serve func()
}

func (g *proxyGate) ServeProxy() {
	g.mu.RLock()
	if g.state == gateRunning { // Secondary [check]
		g.mu.RUnlock()
		return
	}
	g.mu.RUnlock()
	g.mu.Lock()
	g.state = gateRunning // Noncompliant [TOCTOU001] {{g.state is checked at line 18 and changed at line 24 by g.state, checked under the read lock g.mu and changed under the write lock taken at line 23 without re-checking}}
	g.mu.Unlock()
	g.serve()
}

type lockedGate struct {
	mu    sync.Mutex
	state string
	serve func()
}

func (g *lockedGate) ServeLocked() {
	g.mu.Lock()
	if g.state == gateRunning {
		g.mu.Unlock()
		return
	}
	g.state = gateRunning
	g.mu.Unlock()
	g.serve()
}
