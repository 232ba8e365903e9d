// https://github.com/clawvisor/clawvisor/pull/167
// Audit writes looked up request_id before the INSERT; concurrent requests with the same
// request_id both passed the lookup and the loser hit the unique constraint.
// Fix: INSERT ... ON CONFLICT (request_id) DO NOTHING (INSERT OR IGNORE on SQLite).
package clawvisor

import (
	"context"
	"database/sql"
	"net/http"
)

type AuditEntry struct {
	RequestID string
	Action    string
	Outcome   string
}

type PostgresStore struct {
	db *sql.DB
}

func (s *PostgresStore) LogAudit(ctx context.Context, e AuditEntry) error {
	var exists bool
	err := s.db.QueryRowContext(ctx,
		`SELECT EXISTS(SELECT 1 FROM audit_log WHERE request_id = $1)`, e.RequestID).Scan(&exists)
	if err != nil {
		return err
	}
	if exists {
		return nil
	}
	_, err = s.db.ExecContext(ctx, // Noncompliant
		`INSERT INTO audit_log (request_id, action, outcome) VALUES ($1, $2, $3)`,
		e.RequestID, e.Action, e.Outcome)
	return err
}

type API struct{ store *PostgresStore }

// net/http runs each gateway request in its own goroutine.
func (a *API) handleGateway(w http.ResponseWriter, r *http.Request) {
	e := AuditEntry{RequestID: r.Header.Get("X-Request-Id"), Action: r.URL.Path, Outcome: "allowed"}
	if err := a.store.LogAudit(r.Context(), e); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
