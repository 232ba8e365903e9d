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
	t.Busy = true // Noncompliant [TOCTOU001] {{t.Busy is checked at line 15 and changed at line 20 by t.Busy, but the check runs before the lock on t is taken at line 18}}
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

// A field of another package's type locked the same way: the test and the change are under two holds of it.
type Yard struct {
	truck *fleet.Truck
}

func (y *Yard) Claim() bool {
	y.truck.Lock()
	busy := y.truck.Busy // Secondary [check]
	y.truck.Unlock()
	if busy {
		return false
	}
	y.truck.Lock()
	y.truck.Busy = true // Noncompliant [TOCTOU001] {{y.truck.Busy is checked at line 42 and changed at line 48 by y.truck.Busy, and y.truck is released and re-taken at line 47 in between}}
	y.truck.Unlock()
	return true
}
