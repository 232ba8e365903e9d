// https://github.com/kalbasit/ncps/issues/623 (fix: https://github.com/kalbasit/ncps/pull/624)
// Fixed version: the nar_file row is created with a single upsert that returns the existing row on conflict,
// with a re-read as a fallback if the database still reports a duplicate key.
package ncpsdb

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"strings"
)

type NarStore struct {
	db *sql.DB
}

type narRef struct {
	Hash        string
	Compression string
}

func isDuplicateKey(err error) bool {
	return err != nil && (strings.Contains(err.Error(), "UNIQUE constraint failed") ||
		strings.Contains(err.Error(), "duplicate key value"))
}

func (s *NarStore) recordNar(ctx context.Context, hash string, ref narRef, fileSize uint64) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()

	var narInfoID int64
	if err := tx.QueryRowContext(ctx,
		`INSERT INTO narinfos (hash) VALUES (?) RETURNING id`, hash).Scan(&narInfoID); err != nil {
		return fmt.Errorf("inserting narinfo %q: %w", hash, err)
	}

	var narFileID int64
	err = tx.QueryRowContext(ctx,
		`INSERT INTO nar_files (hash, compression, file_size) VALUES (?, ?, ?)
		 ON CONFLICT (hash) DO UPDATE SET updated_at = CURRENT_TIMESTAMP
		 RETURNING id`,
		ref.Hash, ref.Compression, fileSize).Scan(&narFileID)
	if isDuplicateKey(err) {
		err = tx.QueryRowContext(ctx, `SELECT id FROM nar_files WHERE hash = ?`, ref.Hash).Scan(&narFileID)
	}
	if err != nil {
		return fmt.Errorf("upserting nar_file: %w", err)
	}

	if _, err := tx.ExecContext(ctx,
		`INSERT INTO narinfo_nar_files (narinfo_id, nar_file_id) VALUES (?, ?)`, narInfoID, narFileID); err != nil {
		return fmt.Errorf("linking narinfo to nar_file: %w", err)
	}
	return tx.Commit()
}

func (s *NarStore) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hash := strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/"), ".narinfo")
	ref := narRef{Hash: r.URL.Query().Get("nar"), Compression: "xz"}
	if err := s.recordNar(r.Context(), hash, ref, 0); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}
