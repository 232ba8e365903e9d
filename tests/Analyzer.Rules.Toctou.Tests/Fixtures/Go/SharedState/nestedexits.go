package sharedstate

import (
	"net/http"
	"sync"
)

type uploadIndex struct {
	mu    sync.Mutex
	names map[string]bool
}

func (u *uploadIndex) Has(name string) bool {
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.names[name]
}

func (u *uploadIndex) Add(name string) {
	u.mu.Lock()
	defer u.mu.Unlock()
	u.names[name] = true
}

// With appendOnly set, an upload of a name already there is turned away; the return sits in the branch on the setting,
// and the add after that branch runs only when it did not return. Two uploads of one name can both find it missing.
type appendOnlyHandler struct {
	appendOnly bool
	index      *uploadIndex
}

func (h *appendOnlyHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Path
	if h.appendOnly {
		if h.index.Has(name) { // Secondary [check]
			http.Error(w, "exists", http.StatusForbidden)
			return
		}
	}
	h.index.Add(name) // Noncompliant [TOCTOU001] {{h.index's entry for name is checked at line 35 and changed at line 40 by h.index.Add(name), and h.index.mu is released and re-taken at line 40, inside Add() in between}}
}

// The branch that looks holds the index's lock to the end of the function, so where the look decides the add, the lock
// covers both; where the setting is off nothing was looked at.
type strictIndex struct {
	mu     sync.Mutex
	strict bool
	names  map[string]bool
}

func (s *strictIndex) Put(name string) bool {
	if s.strict {
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.names[name] {
			return false
		}
	}
	s.names[name] = true
	return true
}

// A continue inside a branch decides only the rest of that turn of the loop, not what the function does after it.
type retrySweeper struct {
	mu      sync.Mutex
	pending map[string]int
	done    map[string]bool
}

func (s *retrySweeper) Sweep(names []string, retry bool) {
	for _, name := range names {
		if retry {
			s.mu.Lock()
			tries := s.pending[name]
			s.mu.Unlock()
			if tries > 3 {
				continue
			}
		}
		s.mu.Lock()
		s.done[name] = true
		s.mu.Unlock()
	}
}
