// https://github.com/facebookarchive/contest/pull/279
// Fixed: the insert is INSERT IGNORE, so a row created concurrently by another job
// is skipped instead of failing, and the locks are read back afterwards to learn
// which targets this job actually holds.
package dblocker

import (
	"database/sql"
	"time"
)

type TargetLocker struct {
	db          *sql.DB
	lockTimeout time.Duration
}

func (d *TargetLocker) lockTargets(jobID int64, targets []string, limit uint) ([]string, error) {
	now := time.Now()
	expires := now.Add(d.lockTimeout)
	tx, err := d.db.Begin()
	if err != nil {
		return nil, err
	}
	defer func() { _ = tx.Rollback() }()

	n := uint(0)
	ins := "INSERT IGNORE INTO locks (target_id, job_id, created_at, expires_at, valid) VALUES (?, ?, ?, ?, ?);"
	for _, id := range targets {
		if n >= limit {
			break
		}
		res, err := tx.Exec(ins, id, jobID, now, expires, true)
		if err != nil {
			return nil, err
		}
		if c, _ := res.RowsAffected(); c > 0 {
			n++
		}
	}

	rows, err := tx.Query("SELECT target_id FROM locks WHERE job_id = ? AND target_id IN "+inList(len(targets))+";",
		append([]interface{}{jobID}, args(targets)...)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	locked := make([]string, 0, limit)
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		locked = append(locked, id)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return locked, tx.Commit()
}

func (d *TargetLocker) TryLockTargets(jobID int64, targets []string, limit uint) ([]string, error) {
	return d.lockTargets(jobID, targets, limit)
}
