// https://github.com/tailscale/tailscale/pull/9239
package ipnlocal

import "sync"

type unlockOnce func()

type FixedBackend struct {
	mu       sync.Mutex
	state    State
	netMap   *NetworkMap
	engineUp bool
	notify   func(State, string)
}

func (b *FixedBackend) nextStateLockedFixed() State {
	switch {
	case b.netMap == nil:
		return NeedsLogin
	case !b.engineUp:
		return Starting
	default:
		return Running
	}
}

func (b *FixedBackend) setEngineStatusFixed(up bool) {
	b.mu.Lock()
	b.engineUp = up
	b.stateMachineLockedOnEntry(b.mu.Unlock)
}

func (b *FixedBackend) setControlStatusFixed(nm *NetworkMap) {
	b.mu.Lock()
	b.netMap = nm
	b.stateMachineLockedOnEntry(b.mu.Unlock)
}

// stateMachineLockedOnEntry must be called with b.mu held; it releases it.
func (b *FixedBackend) stateMachineLockedOnEntry(unlock unlockOnce) {
	next := b.nextStateLockedFixed()
	b.enterStateLockedOnEntry(next, unlock)
}

func (b *FixedBackend) enterStateLockedOnEntry(newState State, unlock unlockOnce) {
	b.state = newState
	nm := b.netMap
	unlock()
	if newState == Running && nm != nil {
		b.notify(newState, nm.SelfName)
	}
}

func runFixedBackend(b *FixedBackend) {
	go b.setEngineStatusFixed(true)
	go b.setControlStatusFixed(nil)
}
