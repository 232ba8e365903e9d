// https://github.com/golang-migrate/migrate/pull/580 (merged)
// isLocked became an atomic bool; Lock/Unlock flip it with CompareAndSwap before touching the
// database and restore the previous value if the advisory-lock query fails.
package migratelock

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"
)

var (
	errLockedCAS      = errors.New("can't acquire lock")
	errNotLockedCAS   = errors.New("can't unlock, as not currently locked")
	errLockTimeoutCAS = errors.New("timeout: can't acquire database lock")
)

type casConn interface {
	ExecContext(ctx context.Context, query string, args ...interface{}) error
}

// casRestoreOnErr mirrors database.CasRestoreOnErr.
func casRestoreOnErr(lock *atomic.Bool, o, n bool, casErr error, f func() error) error {
	if !lock.CompareAndSwap(o, n) {
		return casErr
	}
	if err := f(); err != nil {
		lock.Store(o)
		return err
	}
	return nil
}

type PostgresCAS struct {
	conn     casConn
	lockID   int64
	isLocked atomic.Bool
}

func (p *PostgresCAS) Lock() error {
	return casRestoreOnErr(&p.isLocked, false, true, errLockedCAS, func() error {
		query := `SELECT pg_advisory_lock($1)`
		if err := p.conn.ExecContext(context.Background(), query, p.lockID); err != nil {
			return fmt.Errorf("try lock failed: %w", err)
		}
		return nil
	})
}

func (p *PostgresCAS) Unlock() error {
	return casRestoreOnErr(&p.isLocked, true, false, errNotLockedCAS, func() error {
		query := `SELECT pg_advisory_unlock($1)`
		return p.conn.ExecContext(context.Background(), query, p.lockID)
	})
}

type MigrateCAS struct {
	drv         *PostgresCAS
	LockTimeout time.Duration
}

func (m *MigrateCAS) lock() error {
	errc := make(chan error, 1)
	go func() {
		errc <- m.drv.Lock()
	}()
	select {
	case err := <-errc:
		return err
	case <-time.After(m.LockTimeout):
		return errLockTimeoutCAS
	}
}
