// https://github.com/gcpug/handy-spanner/pull/77
// getOrCreateDatabase looks the database up under dbMu.RLock, releases it, and when the name is
// missing creates a new database and stores it under dbMu.Lock. Two CreateSession RPCs for the
// same new database both miss and both store, so one caller's database is silently replaced.
// Fix: createDatabase takes the write lock and re-checks the map before inserting.
package fake

import (
	"context"
	"sync"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

type database struct {
	tables map[string][][]interface{}
}

func newDatabase() *database {
	return &database{tables: make(map[string][][]interface{})}
}

type server struct {
	autoCreateDatabase bool

	dbMu sync.RWMutex
	db   map[string]*database

	sessionMu sync.RWMutex
	sessions  map[string]*database
}

func (s *server) getOrCreateDatabase(name string) (*database, error) {
	s.dbMu.RLock()
	db, ok := s.db[name]
	s.dbMu.RUnlock()
	if !ok {
		if !s.autoCreateDatabase {
			return nil, status.Errorf(codes.NotFound, "Database not found: %s", name)
		}

		db = newDatabase()
		s.dbMu.Lock()
		s.db[name] = db // Noncompliant
		s.dbMu.Unlock()
	}
	return db, nil
}

func (s *server) getDatabase(name string) (*database, error) {
	s.dbMu.RLock()
	defer s.dbMu.RUnlock()
	db, ok := s.db[name]
	if !ok {
		return nil, status.Errorf(codes.NotFound, "Database not found: %s", name)
	}
	return db, nil
}

// CreateSession is a gRPC handler; the server runs each call in its own goroutine.
func (s *server) CreateSession(ctx context.Context, dbName string, sessionName string) error {
	db, err := s.getOrCreateDatabase(dbName)
	if err != nil {
		return err
	}
	s.sessionMu.Lock()
	defer s.sessionMu.Unlock()
	s.sessions[sessionName] = db
	return nil
}
