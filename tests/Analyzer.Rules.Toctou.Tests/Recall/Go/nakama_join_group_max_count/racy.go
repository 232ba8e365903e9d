// https://github.com/heroiclabs/nakama/pull/935 ("Validate group member count..." in the 3.15.0 changelog)
// JoinGroup read edge_count/max_count outside the transaction, rejected full groups, then inserted the
// group_edge row and ran a conditional "edge_count+1 <= max_count" UPDATE without reading RowsAffected.
// Joins racing at the limit all passed; the loser's edge committed with no counter bump (out of sync).
// Fix: 0 affected rows returns ErrGroupFull, rolling back the edge insert.
package server

import (
	"context"
	"database/sql"
	"errors"
)

var (
	ErrGroupNotFound = errors.New("group not found")
	ErrGroupFull     = errors.New("group is full")
)

// ExecuteInTx runs fn inside tx and commits, rolling back on error.
func ExecuteInTx(ctx context.Context, tx *sql.Tx, fn func() error) error {
	if err := fn(); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

func groupAddUser(ctx context.Context, tx *sql.Tx, groupID, userID string, state int) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO group_edge (source_id, destination_id, state) VALUES ($1, $2, $3), ($2, $1, $3)`, groupID, userID, state)
	return err
}

// JoinGroup serves the JoinGroup API call; many sessions call it in parallel.
func JoinGroup(ctx context.Context, db *sql.DB, groupID, userID string) error {
	var edgeCount, maxCount int
	var open bool
	query := `SELECT edge_count, max_count, state = 0 FROM groups WHERE id = $1 AND disable_time = '1970-01-01 00:00:00 UTC'`
	if err := db.QueryRowContext(ctx, query, groupID).Scan(&edgeCount, &maxCount, &open); err != nil {
		if err == sql.ErrNoRows {
			return ErrGroupNotFound
		}
		return err
	}

	if edgeCount >= maxCount {
		return ErrGroupFull
	}

	state := 2
	if !open {
		state = 3
	}

	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	return ExecuteInTx(ctx, tx, func() error {
		if err := groupAddUser(ctx, tx, groupID, userID, state); err != nil { // Noncompliant
			return err
		}
		query := `UPDATE groups SET edge_count = edge_count + 1, update_time = now() WHERE id = $1 AND edge_count+1 <= max_count`
		if _, err := tx.ExecContext(ctx, query, groupID); err != nil {
			return err
		}
		return nil
	})
}
