// https://github.com/sdomino/scribble/pull/3
// Fixed version: a read lock for the common lookup, and under the write lock the map is looked up again before a new
// mutex is stored, so every writer of a collection gets the same one.
package scribble

import (
	"os"
	"path/filepath"
	"sync"
)

type Store struct {
	dir     string
	maplock sync.RWMutex
	locks   map[string]*sync.Mutex
}

func (s *Store) Save(collection, resource string, data []byte) error {
	lock := s.collectionLock(collection)
	lock.Lock()
	defer lock.Unlock()
	return os.WriteFile(filepath.Join(s.dir, collection, resource+".json"), data, 0o644)
}

func (s *Store) collectionLock(collection string) *sync.Mutex {
	s.maplock.RLock()
	m, ok := s.locks[collection]
	s.maplock.RUnlock()
	if ok {
		return m
	}
	s.maplock.Lock()
	defer s.maplock.Unlock()
	if m, ok = s.locks[collection]; !ok {
		m = &sync.Mutex{}
		s.locks[collection] = m
	}
	return m
}
