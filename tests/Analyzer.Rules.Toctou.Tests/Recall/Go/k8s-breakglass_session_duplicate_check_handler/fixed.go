// https://github.com/telekom/k8s-breakglass/pull/333
// Fixed version: an in-flight guard (sync.Map.LoadOrStore on cluster/user/group) serializes
// concurrent creations for the same triple, so the duplicate check and the create cannot interleave.
package breakglass

import (
	"encoding/json"
	"errors"
	"net/http"
	"sync"
)

type GuardedSessionController struct {
	manager         SessionManager
	inFlightCreates *sync.Map
}

func (wc *GuardedSessionController) HandleCreateSession(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var req SessionRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}

	key := req.Cluster + "/" + req.User + "/" + req.Group
	if _, loaded := wc.inFlightCreates.LoadOrStore(key, true); loaded {
		http.Error(w, "session creation already in progress", http.StatusConflict)
		return
	}
	defer wc.inFlightCreates.Delete(key)

	existing, err := wc.manager.FindActive(ctx, req.User, req.Cluster, req.Group)
	if err != nil && !errors.Is(err, ErrSessionNotFound) {
		http.Error(w, "failed to look up sessions", http.StatusInternalServerError)
		return
	}
	if existing != nil {
		http.Error(w, "already requested", http.StatusConflict)
		return
	}

	session := &Session{Cluster: req.Cluster, User: req.User, Group: req.Group, State: "Pending"}
	if err := wc.manager.AddSession(ctx, session); err != nil {
		http.Error(w, "failed to create session", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
