package sharedstate

import (
	"math/rand"
	"net/http"
	"strconv"
	"sync"
)

var (
	sessionsMu sync.Mutex
	sessionIDs = map[string]bool{}
)

// A request with a known session goes through; any other gets a new session under a fresh random id. The entry the add
// makes is not the one the look found missing, so a change of that one in between concerns it not.
func sessionMiddleware(w http.ResponseWriter, r *http.Request) {
	cookie := r.Header.Get("Session")
	sessionsMu.Lock()
	_, known := sessionIDs[cookie]
	sessionsMu.Unlock()
	if known {
		return
	}
	id := strconv.Itoa(rand.Int())
	sessionsMu.Lock()
	sessionIDs[id] = true
	sessionsMu.Unlock()
}

// A key made from the one looked up is the same entry: two requests can both find it missing and both add it.
func claimMiddleware(w http.ResponseWriter, r *http.Request) {
	name := r.Header.Get("Claim")
	sessionsMu.Lock()
	_, taken := sessionIDs[name] // Secondary [check]
	sessionsMu.Unlock()
	if taken {
		http.Error(w, "taken", http.StatusConflict)
		return
	}
	key := name
	sessionsMu.Lock()
	sessionIDs[key] = true // Noncompliant [TOCTOU001] {{sessionIDs[name] is checked at line 35 and changed at line 43 by sessionIDs[key], and sessionsMu is released and re-taken at line 42 in between}}
	sessionsMu.Unlock()
}

func registerSessionRoutes(mux *http.ServeMux) {
	mux.HandleFunc("/session", sessionMiddleware)
	mux.HandleFunc("/claim", claimMiddleware)
}
