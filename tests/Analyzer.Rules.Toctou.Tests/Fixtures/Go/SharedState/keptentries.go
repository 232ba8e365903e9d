package sharedstate

import "sync"

// The inner map a local holds is the entry's, whether it was there or the branch made it and stored it: what the
// method marks in it after testing it, under the read lock, other readers can mark too.
type Greylist struct {
	mu     sync.RWMutex
	byUser map[string]map[string]int
}

func (g *Greylist) Note(user, asset string) {
	g.mu.RLock()
	defer g.mu.RUnlock()
	assets, ok := g.byUser[user] // Secondary [check]
	if !ok {
		assets = map[string]int{}
		g.byUser[user] = assets // Noncompliant [TOCTOU001] {{g.byUser[user] is checked at line 15 and changed at line 18 by g.byUser[user], under the read lock g.mu, which other readers hold at the same time, so two of them can pass the check and both change it}}
	}
	if _, seen := assets[asset]; seen { // Secondary [check]
		return
	}
	assets[asset] = 1 // Noncompliant [TOCTOU001] {{assets[asset] is checked at line 20 and changed at line 23 by assets[asset], under the read lock g.mu, which other readers hold at the same time, so two of them can pass the check and both change it}}
}

func (g *Greylist) NoteAll(users []string) {
	for _, u := range users {
		go g.Note(u, "greylisted")
	}
}
