// https://github.com/tailscale/tailscale/pull/9239
// stateMachine took b.mu, computed the next state from the current fields,
// released b.mu, then enterState re-acquired b.mu and installed that state.
// Another callback could change state/netMap in the gap. Fix: keep b.mu held
// from the computation into enterStateLockedOnEntry.
package ipnlocal

import "sync"

type State int

const (
	NoState State = iota
	NeedsLogin
	Starting
	Running
)

type NetworkMap struct{ SelfName string }

type LocalBackend struct {
	mu       sync.Mutex
	state    State
	netMap   *NetworkMap
	engineUp bool
	notify   func(State, string)
}

func (b *LocalBackend) nextStateLocked() State {
	switch {
	case b.netMap == nil:
		return NeedsLogin
	case !b.engineUp:
		return Starting
	default:
		return Running
	}
}

// Called from the wgengine status callback goroutine.
func (b *LocalBackend) setWgengineStatus(up bool) {
	b.mu.Lock()
	b.engineUp = up
	b.mu.Unlock()
	b.stateMachine()
}

// Called from the control client goroutine.
func (b *LocalBackend) SetControlClientStatus(nm *NetworkMap) {
	b.mu.Lock()
	b.netMap = nm
	b.mu.Unlock()
	b.stateMachine()
}

func (b *LocalBackend) stateMachine() {
	b.mu.Lock()
	next := b.nextStateLocked()
	b.mu.Unlock()
	b.enterState(next)
}

func (b *LocalBackend) enterState(newState State) {
	b.mu.Lock()
	b.state = newState // Noncompliant
	nm := b.netMap
	b.mu.Unlock()
	if newState == Running {
		b.notify(newState, nm.SelfName)
	}
}

func runBackend(b *LocalBackend) {
	go b.setWgengineStatus(true)
	go b.SetControlClientStatus(nil)
}
