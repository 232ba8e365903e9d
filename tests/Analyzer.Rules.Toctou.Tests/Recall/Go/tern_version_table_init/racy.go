// https://github.com/jackc/tern/issues/19
// NewMigrator created the version table without the migration advisory lock: the SQL checks for the
// table / its row ("if not exists", "where 0=(select count(*))") and then creates / inserts, so
// replicas migrating an empty database at startup failed with duplicate key errors.
// Fix: take pg_advisory_lock, probe with GetCurrentVersion (UndefinedTable), then create.
package migrate

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v4"
)

type Migrator struct {
	conn         *pgx.Conn
	versionTable string
}

const lockNum = int64(9628173550095224)

func NewMigrator(ctx context.Context, conn *pgx.Conn, versionTable string) (*Migrator, error) {
	m := &Migrator{conn: conn, versionTable: versionTable}
	err := m.ensureSchemaVersionTableExists(ctx)
	return m, err
}

func (m *Migrator) ensureSchemaVersionTableExists(ctx context.Context) error {
	query := fmt.Sprintf(`
    create table if not exists %s(version int4 not null);

    insert into %s(version)
    select 0
    where 0=(select count(*) from %s);
  `, m.versionTable, m.versionTable, m.versionTable)
	_, err := m.conn.Exec(ctx, query) // Noncompliant
	return err
}

// Migrate is already serialized with the advisory lock; only table creation was not.
func (m *Migrator) Migrate(ctx context.Context) error {
	if _, err := m.conn.Exec(ctx, "select pg_advisory_lock($1)", lockNum); err != nil {
		return err
	}
	defer m.conn.Exec(ctx, "select pg_advisory_unlock($1)", lockNum)
	var v int32
	return m.conn.QueryRow(ctx, "select version from "+m.versionTable).Scan(&v)
}

// serviceMain runs in every replica of the service at startup.
func serviceMain(ctx context.Context, connString string) error {
	conn, err := pgx.Connect(ctx, connString)
	if err != nil {
		return err
	}
	m, err := NewMigrator(ctx, conn, "public.schema_version")
	if err != nil {
		return err
	}
	return m.Migrate(ctx)
}
