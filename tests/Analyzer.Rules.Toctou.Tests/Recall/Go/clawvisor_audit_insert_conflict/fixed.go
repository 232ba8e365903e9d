// https://github.com/clawvisor/clawvisor/pull/167
// Fixed: the insert itself is idempotent; the first writer wins and duplicates are a
// no-op, so no separate lookup is needed.
package clawvisor

import (
	"context"
	"database/sql"
	"net/http"
)

type AuditRecord struct {
	RequestID string
	Action    string
	Outcome   string
}

type PgAuditStore struct {
	db *sql.DB
}

func (s *PgAuditStore) RecordAudit(ctx context.Context, e AuditRecord) error {
	_, err := s.db.ExecContext(ctx,
		`INSERT INTO audit_log (request_id, action, outcome) VALUES ($1, $2, $3)
		 ON CONFLICT (request_id) DO NOTHING`,
		e.RequestID, e.Action, e.Outcome)
	return err
}

type Gateway struct{ store *PgAuditStore }

func (g *Gateway) serveGateway(w http.ResponseWriter, r *http.Request) {
	e := AuditRecord{RequestID: r.Header.Get("X-Request-Id"), Action: r.URL.Path, Outcome: "allowed"}
	if err := g.store.RecordAudit(r.Context(), e); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
