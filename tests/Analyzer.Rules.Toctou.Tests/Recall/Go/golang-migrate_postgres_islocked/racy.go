// https://github.com/golang-migrate/migrate/pull/580
// Postgres.Lock tested the plain isLocked bool, then took pg_advisory_lock over the network and only
// afterwards set isLocked = true; Migrate.lock runs driver.Lock in its own goroutine, so two callers
// sharing a driver could both see false and both go on (moov-io/base#122 had to serialize them).
// Fix asked for in review: CompareAndSwap(false, true) (and (true, false) in Unlock), undone on error.
package migratelock

import (
	"context"
	"errors"
	"fmt"
	"time"
)

var (
	ErrLocked      = errors.New("can't acquire lock")
	ErrLockTimeout = errors.New("timeout: can't acquire database lock")
)

type conn interface {
	ExecContext(ctx context.Context, query string, args ...interface{}) error
}

type Postgres struct {
	conn     conn
	lockID   int64
	isLocked bool
}

// Lock takes the session-level advisory lock.
func (p *Postgres) Lock() error {
	if p.isLocked {
		return ErrLocked
	}
	query := `SELECT pg_advisory_lock($1)`
	if err := p.conn.ExecContext(context.Background(), query, p.lockID); err != nil {
		return fmt.Errorf("try lock failed: %w", err)
	}
	p.isLocked = true // Noncompliant
	return nil
}

func (p *Postgres) Unlock() error {
	if !p.isLocked {
		return nil
	}
	query := `SELECT pg_advisory_unlock($1)`
	if err := p.conn.ExecContext(context.Background(), query, p.lockID); err != nil {
		return err
	}
	p.isLocked = false // Noncompliant
	return nil
}

type Migrate struct {
	drv         *Postgres
	LockTimeout time.Duration
}

// lock acquires the driver lock in a goroutine so it can time out.
func (m *Migrate) lock() error {
	errc := make(chan error, 1)
	go func() {
		errc <- m.drv.Lock()
	}()
	select {
	case err := <-errc:
		return err
	case <-time.After(m.LockTimeout):
		return ErrLockTimeout
	}
}
