package sharedstate

import (
	"errors"

	"example.com/fleet"
)

// A truck of another package: its fields are out of sight, but Lock and Unlock on it are a sync.Locker's by Go's
// convention, and taking them says other goroutines reach the truck too.
type Depot struct{}

// Dispatch tests the truck before it takes the truck's lock.
func (d *Depot) Dispatch(t *fleet.Truck) error {
	if t.Busy { // Secondary [check]
		return errors.New("busy")
	}
	t.Lock()
	defer t.Unlock()
	t.Busy = true // Noncompliant [TOCTOU001] {{t.Busy is checked at line 15 and changed at line 20 by t.Busy, but the check runs before t is taken at line 18}}
	return nil
}

// Release holds the truck's lock from the test to the change.
func (d *Depot) Release(t *fleet.Truck) error {
	t.Lock()
	defer t.Unlock()
	if !t.Busy {
		return errors.New("idle")
	}
	t.Busy = false
	return nil
}
