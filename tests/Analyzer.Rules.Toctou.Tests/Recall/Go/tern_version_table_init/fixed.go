// https://github.com/jackc/tern/issues/19
// Fixed: ensureSchemaVersionTableExists takes the same pg_advisory_lock as MigrateTo, checks
// for the table with GetCurrentVersion (UndefinedTable means missing) and creates it only then.
package migrate

import (
	"context"
	"fmt"

	"github.com/jackc/pgconn"
	"github.com/jackc/pgerrcode"
	"github.com/jackc/pgx/v4"
)

type LockedMigrator struct {
	conn         *pgx.Conn
	versionTable string
}

func NewLockedMigrator(ctx context.Context, conn *pgx.Conn, versionTable string) (*LockedMigrator, error) {
	m := &LockedMigrator{conn: conn, versionTable: versionTable}
	err := m.ensureVersionTableLocked(ctx)
	return m, err
}

func (m *LockedMigrator) acquireAdvisoryLock(ctx context.Context) error {
	_, err := m.conn.Exec(ctx, "select pg_advisory_lock($1)", lockNum)
	return err
}

func (m *LockedMigrator) releaseAdvisoryLock(ctx context.Context) error {
	_, err := m.conn.Exec(ctx, "select pg_advisory_unlock($1)", lockNum)
	return err
}

func (m *LockedMigrator) GetCurrentVersion(ctx context.Context) (v int32, err error) {
	err = m.conn.QueryRow(ctx, "select version from "+m.versionTable).Scan(&v)
	return v, err
}

func (m *LockedMigrator) ensureVersionTableLocked(ctx context.Context) (err error) {
	err = m.acquireAdvisoryLock(ctx)
	if err != nil {
		return err
	}
	defer func() {
		unlockErr := m.releaseAdvisoryLock(ctx)
		if err == nil && unlockErr != nil {
			err = unlockErr
		}
	}()

	_, err = m.GetCurrentVersion(ctx)
	if err == nil {
		return nil
	}
	if pgErr, ok := err.(*pgconn.PgError); !ok || pgErr.Code != pgerrcode.UndefinedTable {
		return err
	}

	_, err = m.conn.Exec(ctx, fmt.Sprintf(`
    create table if not exists %s(version int4 not null);

    insert into %s(version)
    select 0
    where 0=(select count(*) from %s);
  `, m.versionTable, m.versionTable, m.versionTable))
	return err
}
