package sharedstate

import "sync"

// refresh writes the state every time it finds the flag already clear, in the branch that returns before the flag is
// set: that write is not made once per object, so calling refresh before the check does not keep the check from going
// stale.
type Gate struct {
	mu    sync.Mutex
	dirty bool
	state int
}

func (g *Gate) refresh() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if !g.dirty {
		g.state = 0
		return
	}
	g.state = 1
	g.dirty = false
}

func (g *Gate) PokeGate() {
	g.refresh()
	if g.state == 0 { // Secondary [check]
		g.refresh() // Noncompliant [TOCTOU001] {{g.state is checked at line 27 and changed at line 28 by g.refresh(), but the check runs before g.mu is taken at line 28, inside refresh()}}
	}
}
