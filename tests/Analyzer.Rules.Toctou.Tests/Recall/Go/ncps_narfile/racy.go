// https://github.com/kalbasit/ncps/issues/623 (fix: https://github.com/kalbasit/ncps/pull/624)
// storeInDatabase looked up the nar_file row by hash and inserted it when none was found; concurrent HTTP requests
// for different narinfos sharing one NAR both saw "no rows" and the second INSERT failed on the unique hash.
// The fix makes the insert an upsert (ON CONFLICT ... DO UPDATE ... RETURNING) and re-reads on a duplicate-key error.
package ncpsdb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/http"
	"strings"
)

type Cache struct {
	db *sql.DB
}

type narURL struct {
	Hash        string
	Compression string
}

func (c *Cache) storeInDatabase(ctx context.Context, hash string, nu narURL, fileSize uint64) error {
	tx, err := c.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()

	var narInfoID int64
	if err := tx.QueryRowContext(ctx,
		`INSERT INTO narinfos (hash) VALUES (?) RETURNING id`, hash).Scan(&narInfoID); err != nil {
		return fmt.Errorf("error inserting the narinfo record for hash %q in the database: %w", hash, err)
	}

	// Check if nar_file already exists (multiple narinfos can share the same nar_file)
	var narFileID int64
	err = tx.QueryRowContext(ctx,
		`SELECT id FROM nar_files WHERE hash = ?`, nu.Hash).Scan(&narFileID)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("error checking for existing nar_file: %w", err)
	}

	if errors.Is(err, sql.ErrNoRows) {
		// Create new nar_file
		if err := tx.QueryRowContext(ctx, // Noncompliant
			`INSERT INTO nar_files (hash, compression, file_size) VALUES (?, ?, ?) RETURNING id`,
			nu.Hash, nu.Compression, fileSize).Scan(&narFileID); err != nil {
			return fmt.Errorf("error inserting the nar_file record in the database: %w", err)
		}
	}

	if _, err := tx.ExecContext(ctx,
		`INSERT INTO narinfo_nar_files (narinfo_id, nar_file_id) VALUES (?, ?)`, narInfoID, narFileID); err != nil {
		return fmt.Errorf("error linking narinfo to nar_file: %w", err)
	}

	return tx.Commit()
}

// ServeHTTP handles /<hash>.narinfo; the HTTP server runs each request in its own goroutine.
func (c *Cache) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hash := strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/"), ".narinfo")
	nu := narURL{Hash: r.URL.Query().Get("nar"), Compression: "xz"}
	if err := c.storeInDatabase(r.Context(), hash, nu, 0); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}
