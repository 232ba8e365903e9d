package sharedstate

import "sync"

type setupRegistry struct {
	sync.Mutex
	ready bool
	names []string
}

// A top-level variable of a type that embeds a mutex is a lock: its Lock and Unlock take and let go of it.
var setups = &setupRegistry{}

func finishSetup() {
	if setups.ready {
		return
	}
	setups.Lock()
	defer setups.Unlock()
	setups.names = append(setups.names, "relations") // Noncompliant [TOCTOU001] {{setups.ready is checked at line 15 and decides setups.names at line 20, which the function marks done in it only at line 21, so two callers that run it at once can both pass the test and both act, but the check runs before setups is taken at line 18}}
	setups.ready = true
}

func finishSetupLocked() {
	setups.Lock()
	defer setups.Unlock()
	if setups.ready {
		return
	}
	setups.names = append(setups.names, "relations")
	setups.ready = true
}
