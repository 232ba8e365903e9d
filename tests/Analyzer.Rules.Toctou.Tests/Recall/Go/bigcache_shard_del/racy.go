// https://github.com/allegro/bigcache/pull/119
// cacheShard.del read the index and entry under RLock, released it, then took the write lock
// and deleted with the stale entry; a concurrent set/del could reuse that slot in between, so
// another key's data was reset (issue #117, corruption/panics). Fix: after taking the write
// lock, read the index and entry again before deleting.
package bigcache

import (
	"errors"
	"sync"
)

var ErrEntryNotFound = errors.New("entry not found")

type bytesQueue struct{ data [][]byte }

func (q *bytesQueue) Get(index int) ([]byte, error) {
	if index <= 0 || index >= len(q.data) {
		return nil, errors.New("index out of range")
	}
	return q.data[index], nil
}

func resetKeyFromEntry(entry []byte) {
	for i := 0; i < 8 && i < len(entry); i++ {
		entry[i] = 0
	}
}

type cacheShard struct {
	hashmap map[uint64]uint32
	entries bytesQueue
	lock    sync.RWMutex
}

func (s *cacheShard) set(hashedKey uint64, entry []byte) {
	s.lock.Lock()
	s.entries.data = append(s.entries.data, entry)
	s.hashmap[hashedKey] = uint32(len(s.entries.data) - 1)
	s.lock.Unlock()
}

func (s *cacheShard) del(hashedKey uint64) error {
	s.lock.RLock()
	itemIndex := s.hashmap[hashedKey]
	if itemIndex == 0 {
		s.lock.RUnlock()
		return ErrEntryNotFound
	}
	wrappedEntry, err := s.entries.Get(int(itemIndex))
	if err != nil {
		s.lock.RUnlock()
		return err
	}
	s.lock.RUnlock()

	s.lock.Lock()
	delete(s.hashmap, hashedKey)    // Noncompliant
	resetKeyFromEntry(wrappedEntry) // Noncompliant
	s.lock.Unlock()
	return nil
}
