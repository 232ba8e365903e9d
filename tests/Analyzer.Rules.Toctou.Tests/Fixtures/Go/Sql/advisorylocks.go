package reservations

import (
	"context"
	"database/sql"
	"errors"
)

var errTooManyReleases = errors.New("too many releases")

const maxReleases = 10

type Releases struct {
	db *sql.DB
}

// Two publishers of one name can both count nine and both insert a tenth and an eleventh.
func (r *Releases) Publish(ctx context.Context, name, version string) error {
	tx, err := r.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM releases WHERE name = $1", name).Scan(&n); err != nil { // Secondary [check]
		return err
	}
	if n >= maxReleases {
		return errTooManyReleases
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO releases (name, version) VALUES ($1, $2)", name, version); err != nil { // Noncompliant [TOCTOU003] {{the SELECT on releases at line 25 decides the INSERT at line 31 inside `r.db.BeginTx(ctx, nil)` (line 19), which locks no rows; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
		return err
	}
	return tx.Commit()
}

// The advisory lock on the name is taken first: every publisher of the name waits there until this transaction ends.
func (r *Releases) PublishLocked(ctx context.Context, name, version string, key int64) error {
	tx, err := r.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock($1)", key); err != nil {
		return err
	}
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM releases WHERE name = $1", name).Scan(&n); err != nil {
		return err
	}
	if n >= maxReleases {
		return errTooManyReleases
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO releases (name, version) VALUES ($1, $2)", name, version); err != nil {
		return err
	}
	return tx.Commit()
}
