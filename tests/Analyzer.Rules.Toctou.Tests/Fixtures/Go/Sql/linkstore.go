package reservations

import (
	"context"
	"database/sql"
	"errors"
)

// LinkStore's methods each run one statement; the tables they touch are the same whichever store runs them.
type LinkStore struct {
	db *sql.DB
}

var errNoLink = errors.New("no link")

func (s *LinkStore) Find(ctx context.Context, url string) (string, error) {
	var code string
	err := s.db.QueryRowContext(ctx, "SELECT code FROM links WHERE url = $1", url).Scan(&code)
	if errors.Is(err, sql.ErrNoRows) {
		return "", errNoLink
	}
	return code, err
}

func (s *LinkStore) Insert(ctx context.Context, url, code string) error {
	_, err := s.db.ExecContext(ctx, "INSERT INTO links (url, code) VALUES ($1, $2)", url, code)
	return err
}

func (s *LinkStore) Upsert(ctx context.Context, url, code string) error {
	_, err := s.db.ExecContext(ctx, "INSERT INTO links (url, code) VALUES ($1, $2) ON CONFLICT (url) DO NOTHING", url, code)
	return err
}

type Shortener struct {
	links *LinkStore
}

func (h *Shortener) Shorten(ctx context.Context, url string) (string, error) {
	if code, err := h.links.Find(ctx, url); err == nil {
		return code, nil
	}
	code := "c0de"
	return code, h.links.Insert(ctx, url, code) // Noncompliant [TOCTOU003] {{the SELECT on links at line 40 decides the INSERT inside Insert() at line 44; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
}

func (h *Shortener) ShortenOnce(ctx context.Context, url string) (string, error) {
	code := "c0de"
	if err := h.links.Upsert(ctx, url, code); err != nil {
		return "", err
	}
	return h.links.Find(ctx, url)
}

// A store passed in runs the same statements.
func shortenWith(ctx context.Context, links *LinkStore, url string) error {
	if _, err := links.Find(ctx, url); !errors.Is(err, errNoLink) {
		return err
	}
	return links.Insert(ctx, url, "c0de") // Noncompliant [TOCTOU003] {{the SELECT on links at line 57 decides the INSERT inside Insert() at line 60; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
}
