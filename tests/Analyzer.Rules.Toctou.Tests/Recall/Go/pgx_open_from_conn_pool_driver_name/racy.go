// https://github.com/jackc/pgx/pull/249
// stdlib.OpenFromConnPool registered a database/sql driver under a generated name
// "pgx-<n>", reading the package-level counter openFromConnPoolCount, formatting the name,
// incrementing the counter and calling sql.Register, all without synchronization. Two
// goroutines opening pools at once could read the same counter value and register the same
// name, and sql.Register panics on a duplicate name (the race detector also flagged the
// counter). The fix holds a mutex while formatting the name and incrementing the counter.
package stdlib

import (
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
)

type ConnPool struct {
	MaxConnections int
}

type Driver struct {
	Pool *ConnPool
}

func (d *Driver) Open(name string) (driver.Conn, error) {
	return nil, errors.New("not implemented in this sketch")
}

var openFromConnPoolCount int

// OpenFromConnPool may be called from several goroutines, e.g. one per tenant database.
func OpenFromConnPool(pool *ConnPool) (*sql.DB, error) {
	d := &Driver{Pool: pool}
	name := fmt.Sprintf("pgx-%d", openFromConnPoolCount)
	openFromConnPoolCount++ // Noncompliant
	sql.Register(name, d)   // Noncompliant
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
