package atomics

import (
	"errors"
	"sync/atomic"
)

// Room weighs its count in a helper and adds one after it; each visit it starts adds one too. Two callers can both
// pass the test and both add, past the limit: an add is no value made apart from the count, which a later store of
// the same value would only replace.
type Room struct {
	limit uint32
	taken atomic.Uint32
}

func (r *Room) hasRoom() error {
	if r.taken.Load() >= r.limit {
		return errors.New("no room")
	}
	return nil
}

func (r *Room) Visit(name string) error {
	if err := r.hasRoom(); err != nil {
		return err
	}
	go r.record(name)
	return nil
}

func (r *Room) Enter() error {
	if err := r.hasRoom(); err != nil { // Secondary [check]
		return err
	}
	r.taken.Add(1) // Noncompliant [TOCTOU001] {{r.taken is checked at line 32 and changed at line 35 by r.taken.Add(1), with no lock held at either point, while Room.record changes it at the same time: Room.Visit starts record at line 27 on its receiver, and nothing in the package calls Enter on a known object: other code calls it at any time}}
	return nil
}

func (r *Room) record(name string) {
	r.taken.Add(1)
}
