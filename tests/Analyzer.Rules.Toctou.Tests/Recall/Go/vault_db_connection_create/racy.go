// https://github.com/hashicorp/vault/pull/26147
// GetConnectionWithConfig looked the plugin instance up under connLock (RLock), released it, built and
// initialised a new database connection, then stored it with connPut under the write lock. Concurrent
// requests (e.g. after a leadership change) all saw no entry and each created a connection, leaking
// Postgres connections. The fix serialises creation with a dedicated lock, re-checks the map while
// holding it, and keeps the already-stored instance if one appeared.
package database

import (
	"context"
	"sync"
)

type databaseWrapper interface {
	Initialize(ctx context.Context, cfg map[string]interface{}) error
	Close() error
}

type DatabaseConfig struct {
	PluginName        string
	ConnectionDetails map[string]interface{}
}

type dbPluginInstance struct {
	sync.RWMutex
	database databaseWrapper
	id, name string
}

func (dbi *dbPluginInstance) Close() error { return dbi.database.Close() }

type databaseBackend struct {
	connLock    sync.RWMutex
	connections map[string]*dbPluginInstance
	newWrapper  func(ctx context.Context, plugin string) (databaseWrapper, error)
	newID       func() string
}

func (b *databaseBackend) connGet(name string) *dbPluginInstance {
	b.connLock.RLock()
	defer b.connLock.RUnlock()
	return b.connections[name]
}

func (b *databaseBackend) connPut(name string, newDbi *dbPluginInstance) *dbPluginInstance {
	b.connLock.Lock()
	defer b.connLock.Unlock()
	old := b.connections[name]
	b.connections[name] = newDbi
	return old
}

// GetConnectionWithConfig is called concurrently by request handlers.
func (b *databaseBackend) GetConnectionWithConfig(ctx context.Context, name string, config *DatabaseConfig) (*dbPluginInstance, error) {
	dbi := b.connGet(name)
	if dbi != nil {
		return dbi, nil
	}
	dbw, err := b.newWrapper(ctx, config.PluginName)
	if err != nil {
		return nil, err
	}
	if err := dbw.Initialize(ctx, config.ConnectionDetails); err != nil {
		dbw.Close()
		return nil, err
	}
	dbi = &dbPluginInstance{database: dbw, id: b.newID(), name: name}
	oldConn := b.connPut(name, dbi) // Noncompliant
	if oldConn != nil {
		oldConn.Close()
	}
	return dbi, nil
}
