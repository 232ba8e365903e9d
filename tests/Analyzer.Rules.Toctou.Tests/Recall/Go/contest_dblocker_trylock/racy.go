// https://github.com/facebookarchive/contest/pull/279
// DBLocker.handleLock reads the existing lock rows for the targets (SELECT ... FOR
// UPDATE cannot lock rows that do not exist yet), decides which targets are free,
// then INSERTs a lock row for each. Two concurrent TryLock calls both see no row and
// both INSERT; the loser fails with "duplicate insert" instead of skipping the target.
// Fix: TryLock uses INSERT IGNORE and reads the locks back to see what got through.
package dblocker

import (
	"database/sql"
	"fmt"
	"strings"
	"time"
)

type DBLocker struct {
	db          *sql.DB
	lockTimeout time.Duration
}

func inList(n int) string {
	return "(" + strings.TrimSuffix(strings.Repeat("?, ", n), ", ") + ")"
}

func args(ids []string) []interface{} {
	out := make([]interface{}, 0, len(ids))
	for _, id := range ids {
		out = append(out, id)
	}
	return out
}

func (d *DBLocker) handleLock(jobID int64, targets []string, limit uint) ([]string, error) {
	now := time.Now()
	expires := now.Add(d.lockTimeout)
	tx, err := d.db.Begin()
	if err != nil {
		return nil, err
	}
	defer func() { _ = tx.Rollback() }()

	if _, err := tx.Exec("SELECT * FROM locks WHERE target_id IN "+inList(len(targets))+" FOR UPDATE;", args(targets)...); err != nil {
		return nil, err
	}
	rows, err := tx.Query("SELECT target_id FROM locks WHERE target_id IN "+inList(len(targets))+";", args(targets)...)
	if err != nil {
		return nil, err
	}
	existing := map[string]bool{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		existing[id] = true
	}
	rows.Close()

	locked := make([]string, 0, limit)
	ins := "INSERT INTO locks (target_id, job_id, created_at, expires_at, valid) VALUES (?, ?, ?, ?, ?);"
	for _, id := range targets {
		if existing[id] || uint(len(locked)) >= limit {
			continue
		}
		if _, err := tx.Exec(ins, id, jobID, now, expires, true); err != nil { // Noncompliant
			return nil, fmt.Errorf("unable to lock target %s: %w", id, err)
		}
		locked = append(locked, id)
	}
	return locked, tx.Commit()
}

// TryLock is called concurrently by many jobs competing for the same targets.
func (d *DBLocker) TryLock(jobID int64, targets []string, limit uint) ([]string, error) {
	return d.handleLock(jobID, targets, limit)
}
