// https://github.com/gcpug/handy-spanner/pull/77
// Fixed: creation goes through createDatabase, which takes the exclusive lock and re-checks the
// map; a lost creation returns AlreadyExists and getOrCreate retries the lookup.
package fake

import (
	"context"
	"sync"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

type fixedDatabase struct {
	tables map[string][][]interface{}
}

func newFixedDatabase() *fixedDatabase {
	return &fixedDatabase{tables: make(map[string][][]interface{})}
}

type fixedServer struct {
	autoCreateDatabase bool

	dbMu sync.RWMutex
	db   map[string]*fixedDatabase

	sessionMu sync.RWMutex
	sessions  map[string]*fixedDatabase
}

func (s *fixedServer) createDatabase(name string) (*fixedDatabase, error) {
	s.dbMu.RLock()
	_, ok := s.db[name]
	s.dbMu.RUnlock()
	if ok {
		return nil, status.Errorf(codes.AlreadyExists, "Database already exists: %s", name)
	}

	s.dbMu.Lock()
	defer s.dbMu.Unlock()
	if _, ok := s.db[name]; ok {
		return nil, status.Errorf(codes.AlreadyExists, "Database already exists: %s", name)
	}
	db := newFixedDatabase()
	s.db[name] = db
	return db, nil
}

func (s *fixedServer) getOrCreateDatabase(name string) (*fixedDatabase, error) {
	s.dbMu.RLock()
	db, ok := s.db[name]
	s.dbMu.RUnlock()
	if !ok {
		if !s.autoCreateDatabase {
			return nil, status.Errorf(codes.NotFound, "Database not found: %s", name)
		}
		var err error
		db, err = s.createDatabase(name)
		if err != nil {
			if st, ok := status.FromError(err); ok && st.Code() == codes.AlreadyExists {
				return s.getOrCreateDatabase(name)
			}
			return nil, err
		}
	}
	return db, nil
}

func (s *fixedServer) CreateSession(ctx context.Context, dbName string, sessionName string) error {
	db, err := s.getOrCreateDatabase(dbName)
	if err != nil {
		return err
	}
	s.sessionMu.Lock()
	defer s.sessionMu.Unlock()
	s.sessions[sessionName] = db
	return nil
}
