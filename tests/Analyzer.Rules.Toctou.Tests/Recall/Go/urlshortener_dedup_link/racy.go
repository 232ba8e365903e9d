// https://github.com/vancanhuit/url-shortener/pull/103
// Creating a link first ran GetLinkByTargetURL and, on ErrNotFound, createWithRandomCode: two concurrent
// POST /api/v1/links for the same new URL both found nothing and both inserted, leaving duplicate rows. The fix is one
// INSERT ... ON CONFLICT DO UPDATE ... RETURNING backed by a partial unique index.
package linkstore

import (
	"context"
	"database/sql"
	"errors"
	"net/http"
)

var ErrNotFound = errors.New("link not found")

type Link struct {
	Code      string
	TargetURL string
}

type Store struct {
	db *sql.DB
}

func (s *Store) GetLinkByTargetURL(ctx context.Context, target string) (*Link, error) {
	var l Link
	err := s.db.QueryRowContext(ctx,
		`SELECT code, target_url FROM links WHERE target_url = $1 AND expires_at IS NULL`, target).
		Scan(&l.Code, &l.TargetURL)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	return &l, err
}

func (s *Store) createWithRandomCode(ctx context.Context, target string) (*Link, error) {
	code := randomCode()
	_, err := s.db.ExecContext(ctx, `INSERT INTO links (code, target_url) VALUES ($1, $2)`, code, target)
	if err != nil {
		return nil, err
	}
	return &Link{Code: code, TargetURL: target}, nil
}

func randomCode() string { return "abc123" }

type Server struct {
	store *Store
}

func (srv *Server) createLink(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	target := r.FormValue("url")
	existing, err := srv.store.GetLinkByTargetURL(ctx, target)
	if err == nil {
		w.Write([]byte(existing.Code))
		return
	}
	if !errors.Is(err, ErrNotFound) {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	link, err := srv.store.createWithRandomCode(ctx, target) // Noncompliant
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
	w.Write([]byte(link.Code))
}
