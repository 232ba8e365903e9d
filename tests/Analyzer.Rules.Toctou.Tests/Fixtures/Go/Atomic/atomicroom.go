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

var errGateFull = errors.New("gate full")

// Gate says no with a refusal named once for the package, which tells its callers no more than an anonymous one: the
// same test decides the same add.
type Gate struct {
	limit  uint32
	passed atomic.Uint32
}

func (g *Gate) open() error {
	if g.passed.Load() >= g.limit {
		return errGateFull
	}
	return nil
}

func (g *Gate) Watch(name string) {
	if g.open() == nil {
		go g.count(name)
	}
}

func (g *Gate) Pass() error {
	if err := g.open(); err != nil { // Secondary [check]
		return err
	}
	g.passed.Add(1) // Noncompliant [TOCTOU001] {{g.passed is checked at line 66 and changed at line 69 by g.passed.Add(1), with no lock held at either point, while Gate.count changes it at the same time: Gate.Watch starts count at line 61 on its receiver, and nothing in the package calls Pass on a known object: other code calls it at any time}}
	return nil
}

func (g *Gate) count(name string) {
	g.passed.Add(1)
}
