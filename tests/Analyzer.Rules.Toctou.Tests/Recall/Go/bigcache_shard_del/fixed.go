// https://github.com/allegro/bigcache/pull/119
// Fixed: the read-locked lookup is only an optimistic pre-check; once the
// write lock is held the index and entry are read again before deleting.
package bigcache

import "sync"

type lockedShard struct {
	hashmap map[uint64]uint32
	entries bytesQueue
	lock    sync.RWMutex
}

func (s *lockedShard) put(hashedKey uint64, entry []byte) {
	s.lock.Lock()
	s.entries.data = append(s.entries.data, entry)
	s.hashmap[hashedKey] = uint32(len(s.entries.data) - 1)
	s.lock.Unlock()
}

func (s *lockedShard) remove(hashedKey uint64) error {
	s.lock.RLock()
	itemIndex := s.hashmap[hashedKey]
	if itemIndex == 0 {
		s.lock.RUnlock()
		return ErrEntryNotFound
	}
	s.lock.RUnlock()

	s.lock.Lock()
	defer s.lock.Unlock()
	itemIndex = s.hashmap[hashedKey]
	if itemIndex == 0 {
		return ErrEntryNotFound
	}
	wrappedEntry, err := s.entries.Get(int(itemIndex))
	if err != nil {
		return err
	}
	delete(s.hashmap, hashedKey)
	resetKeyFromEntry(wrappedEntry)
	return nil
}
