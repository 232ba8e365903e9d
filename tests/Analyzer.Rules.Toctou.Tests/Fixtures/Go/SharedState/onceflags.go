package sharedstate

import "sync"

// NewCatalog hands out the one catalog of the process, built on first use behind a flag: two first callers can both
// find the flag unset and both build and publish one. CatalogOnce keeps the flag and the build under a lock.
// resetCatalog, unexported and called by no one here, is not reached from outside the package.
type catalog struct{ names map[string]string }

var (
	catalogBuilt bool
	catalogValue *catalog
)

func NewCatalog() *catalog {
	if !catalogBuilt { // Secondary [check]
		catalogValue = &catalog{names: map[string]string{"SE": "Sweden"}}
		catalogBuilt = true // Noncompliant [TOCTOU001] {{catalogBuilt is checked at line 16 and changed at line 18 by catalogBuilt, with no lock held at either point}}
	}
	return catalogValue
}

var (
	lockedBuilt bool
	lockedValue *catalog
	catalogMu   sync.Mutex
)

func CatalogOnce() *catalog {
	catalogMu.Lock()
	defer catalogMu.Unlock()
	if !lockedBuilt {
		lockedValue = &catalog{names: map[string]string{"NO": "Norway"}}
		lockedBuilt = true
	}
	return lockedValue
}

func resetCatalog() {
	if catalogBuilt {
		catalogValue = nil
		catalogBuilt = false
	}
}
