package sharedstate

import (
	"errors"
	"sync"
)

// A vessel is handed to the harbor's functions; its own mutex says other goroutines reach it too.
type Vessel struct {
	sync.Mutex
	docked bool
	cargo  map[string]int
}

type Harbor struct{}

// Undock tests the vessel under its lock and changes it under a second hold: another goroutine can undock it in
// between.
func (h *Harbor) Undock(v *Vessel) error {
	v.Lock()
	docked := v.docked // Secondary [check]
	v.Unlock()
	if !docked {
		return errors.New("not docked")
	}
	v.Lock()
	v.docked = false // Noncompliant [TOCTOU001] {{v.docked is checked at line 21 and changed at line 27 by v.docked, and the lock on v is released and re-taken at line 26 in between}}
	v.Unlock()
	return nil
}

// Load holds the vessel's lock from the test to the change.
func (h *Harbor) Load(v *Vessel, item string) {
	v.Lock()
	defer v.Unlock()
	if _, ok := v.cargo[item]; !ok {
		v.cargo[item] = 1
	}
}

// A berth's own lock taken only after its test: another goroutine can assign it in between.
type Berth struct {
	vessel *Vessel
	mu     sync.Mutex
}

func assign(b *Berth, v *Vessel) {
	if b.vessel == nil { // Secondary [check]
		b.mu.Lock()
		b.vessel = v // Noncompliant [TOCTOU001] {{b.vessel is checked at line 48 and changed at line 50 by b.vessel, but the check runs before b.mu is taken at line 49}}
		b.mu.Unlock()
	}
}

// The vessel's lock locks the vessel, not the berth that holds it: nothing says the berth itself is shared.
func tally(b *Berth, item string) {
	if b.vessel != nil {
		b.vessel.Lock()
		b.vessel.cargo[item]++
		b.vessel.Unlock()
	}
}
