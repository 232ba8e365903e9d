package sharedstate

import "sync"

// Enroll looks a name up through a helper it keeps in a local, under the roster's lock, and adds it under a second
// hold: the helper runs where it is called, as a literal called in place would. EnrollHeld holds the lock across both.
type Roster struct {
	mu    sync.Mutex
	names map[string]int
}

func (r *Roster) Enroll(name string) {
	known := func(n string) bool {
		r.mu.Lock()
		defer r.mu.Unlock()
		_, ok := r.names[n]
		return ok
	}
	if !known(name) {
		r.mu.Lock()
		r.names[name] = len(r.names) // Noncompliant [TOCTOU001] {{r.names[n] is checked at line 16 and changed at line 21 by r.names[name], and r.mu is released and re-taken at line 20 in between}}
		r.mu.Unlock()
	}
}

func (r *Roster) EnrollHeld(name string) {
	known := func(n string) bool {
		_, ok := r.names[n]
		return ok
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if !known(name) {
		r.names[name] = len(r.names)
	}
}

// Count walks a list through a local that calls itself: the walk must not run the literal forever.
func (r *Roster) Count(items []string) int {
	var count func(rest []string) int
	count = func(rest []string) int {
		if len(rest) == 0 {
			return 0
		}
		return 1 + count(rest[1:])
	}
	return count(items)
}
