// https://github.com/hashicorp/vault/pull/26147
package database

import (
	"context"
	"sync"
)

type fixedDatabaseBackend struct {
	connLock    sync.RWMutex
	connections map[string]*dbPluginInstance
	// createConnLock serialises the creation of new connections.
	createConnLock sync.Mutex
	newWrapper     func(ctx context.Context, plugin string) (databaseWrapper, error)
	newID          func() string
}

func (b *fixedDatabaseBackend) connGet(name string) *dbPluginInstance {
	b.connLock.RLock()
	defer b.connLock.RUnlock()
	return b.connections[name]
}

// connPutIfEmpty stores newDbi only if no instance exists and returns the stored one.
func (b *fixedDatabaseBackend) connPutIfEmpty(name string, newDbi *dbPluginInstance) *dbPluginInstance {
	b.connLock.Lock()
	defer b.connLock.Unlock()
	if existing, ok := b.connections[name]; ok {
		return existing
	}
	b.connections[name] = newDbi
	return newDbi
}

func (b *fixedDatabaseBackend) GetConnectionWithConfigFixed(ctx context.Context, name string, config *DatabaseConfig) (*dbPluginInstance, error) {
	if dbi := b.connGet(name); dbi != nil {
		return dbi, nil
	}

	b.createConnLock.Lock()
	defer b.createConnLock.Unlock()

	// check again now that we hold the creation lock
	if dbi := b.connGet(name); dbi != nil {
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
	dbi := &dbPluginInstance{database: dbw, id: b.newID(), name: name}
	stored := b.connPutIfEmpty(name, dbi)
	if stored != dbi {
		dbi.Close()
	}
	return stored, nil
}
