// https://github.com/jackc/pgx/pull/249
// Fixed version: the counter is read and incremented under a mutex, so every caller gets a
// distinct driver name before calling sql.Register.
package stdlib

import (
	"database/sql"
	"errors"
	"fmt"
	"sync"
)

var (
	poolDriverSeqMu sync.Mutex
	poolDriverSeq   int
)

func OpenDBFromPool(pool *ConnPool) (*sql.DB, error) {
	d := &Driver{Pool: pool}
	poolDriverSeqMu.Lock()
	name := fmt.Sprintf("pgx-%d", poolDriverSeq)
	poolDriverSeq++
	poolDriverSeqMu.Unlock()

	sql.Register(name, d)
	db, err := sql.Open(name, "")
	if err != nil {
		return nil, err
	}
	if pool.MaxConnections <= 2 {
		return nil, errors.New("pool connection size must be at least 3")
	}
	db.SetMaxIdleConns(pool.MaxConnections - 2)
	db.SetMaxOpenConns(pool.MaxConnections)
	return db, nil
}
