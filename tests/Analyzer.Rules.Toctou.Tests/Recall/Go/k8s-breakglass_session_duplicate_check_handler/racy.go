// https://github.com/telekom/k8s-breakglass/pull/333
// The session-request HTTP handler looked for an active BreakglassSession for the same
// (cluster, user, group) and only much later, after resolving approvers and escalations,
// created the new session in the API server. Two concurrent requests for the same triple
// could both pass the duplicate check and both create a session, leaving duplicate active
// sessions. The fix claims an in-flight slot keyed by cluster/user/group with
// sync.Map.LoadOrStore before the check (409 Conflict if already taken) and releases it on return.
package breakglass

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
)

var ErrSessionNotFound = errors.New("session not found")

type Session struct {
	Cluster string
	User    string
	Group   string
	State   string
}

// SessionManager persists sessions as custom resources in the API server.
type SessionManager interface {
	FindActive(ctx context.Context, user, cluster, group string) (*Session, error)
	AddSession(ctx context.Context, s *Session) error
}

type SessionRequest struct {
	Cluster string `json:"cluster"`
	User    string `json:"user"`
	Group   string `json:"group"`
}

type SessionController struct {
	manager SessionManager
}

func (wc *SessionController) resolveApprovers(ctx context.Context, req SessionRequest) ([]string, error) {
	return []string{"approver@example.com"}, nil
}

// HandleRequestSession serves POST /sessions; the HTTP server runs it for each request concurrently.
func (wc *SessionController) HandleRequestSession(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	var req SessionRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}

	existing, err := wc.manager.FindActive(ctx, req.User, req.Cluster, req.Group)
	if err != nil && !errors.Is(err, ErrSessionNotFound) {
		http.Error(w, "failed to look up sessions", http.StatusInternalServerError)
		return
	}
	if existing != nil {
		http.Error(w, "already requested", http.StatusConflict)
		return
	}

	if _, err := wc.resolveApprovers(ctx, req); err != nil {
		http.Error(w, "no approvers", http.StatusUnprocessableEntity)
		return
	}

	session := &Session{Cluster: req.Cluster, User: req.User, Group: req.Group, State: "Pending"}
	if err := wc.manager.AddSession(ctx, session); err != nil { // Noncompliant
		http.Error(w, "failed to create session", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
