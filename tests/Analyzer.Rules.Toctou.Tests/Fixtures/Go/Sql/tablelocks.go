package reservations

import (
	"context"
	"database/sql"
)

type Tags struct {
	db *sql.DB
}

// LOCK TABLE keeps every other transaction's insert into tags waiting until this one ends.
func (t *Tags) Add(ctx context.Context, name string) error {
	tx, err := t.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "LOCK TABLE tags IN SHARE ROW EXCLUSIVE MODE"); err != nil {
		return err
	}
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM tags WHERE name = $1", name).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO tags (name) VALUES ($1)", name); err != nil {
		return err
	}
	return tx.Commit()
}
