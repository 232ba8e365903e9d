// https://github.com/heroiclabs/nakama/pull/935
// Fixed version: the conditional edge_count update inside the transaction is the real capacity
// check; when it affects no row the transaction returns errGroupAtCapacity and the edge insert is
// rolled back, so edge_count and group_edge stay in sync.
package server

import (
	"context"
	"database/sql"
	"errors"
)

var (
	errGroupMissing    = errors.New("group not found")
	errGroupAtCapacity = errors.New("group is full")
)

func runInTx(ctx context.Context, tx *sql.Tx, fn func() error) error {
	if err := fn(); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

func insertGroupEdge(ctx context.Context, tx *sql.Tx, groupID, userID string, state int) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO group_edge (source_id, destination_id, state) VALUES ($1, $2, $3), ($2, $1, $3)`, groupID, userID, state)
	return err
}

func JoinGroupChecked(ctx context.Context, db *sql.DB, groupID, userID string) error {
	var edgeCount, maxCount int
	var open bool
	query := `SELECT edge_count, max_count, state = 0 FROM groups WHERE id = $1 AND disable_time = '1970-01-01 00:00:00 UTC'`
	if err := db.QueryRowContext(ctx, query, groupID).Scan(&edgeCount, &maxCount, &open); err != nil {
		if err == sql.ErrNoRows {
			return errGroupMissing
		}
		return err
	}

	if edgeCount >= maxCount {
		return errGroupAtCapacity
	}

	state := 2
	if !open {
		state = 3
	}

	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	return runInTx(ctx, tx, func() error {
		if err := insertGroupEdge(ctx, tx, groupID, userID, state); err != nil {
			return err
		}
		query := `UPDATE groups SET edge_count = edge_count + 1, update_time = now() WHERE id = $1 AND edge_count+1 <= max_count`
		res, err := tx.ExecContext(ctx, query, groupID)
		if err != nil {
			return err
		}
		rowsAffected, err := res.RowsAffected()
		if err != nil {
			return err
		}
		if rowsAffected == 0 {
			return errGroupAtCapacity
		}
		return nil
	})
}
