// https://github.com/vancanhuit/url-shortener/pull/103
// Fixed version: one statement inserts or returns the existing row; a partial unique index on target_url makes the
// conflict real.
package linkstore

import (
	"context"
	"database/sql"
)

type UpsertStore struct {
	db *sql.DB
}

func (s *UpsertStore) CreateAutoLink(ctx context.Context, target, code string) (*Link, error) {
	var l Link
	err := s.db.QueryRowContext(ctx,
		`INSERT INTO links (code, target_url, auto_dedup) VALUES ($1, $2, true)
		 ON CONFLICT (target_url) WHERE auto_dedup = true AND expires_at IS NULL
		 DO UPDATE SET code = links.code
		 RETURNING code, target_url`, code, target).Scan(&l.Code, &l.TargetURL)
	if err != nil {
		return nil, err
	}
	return &l, nil
}
