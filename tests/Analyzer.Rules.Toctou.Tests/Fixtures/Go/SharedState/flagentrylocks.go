package flagentrylocks

import (
	"strings"
	"sync"
)

// remove takes the lock itself when told to, and RemoveBatch, the one caller that tells it not to, holds it: every
// call runs under s's lock.
type TopicIndex struct {
	sync.RWMutex
	count  int
	notify map[string]chan bool
}

func (s *TopicIndex) remove(key string, shouldLock bool) {
	name := strings.ToLower(key)
	if shouldLock {
		s.Lock()
		defer s.Unlock()
	}
	s.count--
	if s.notify[name] != nil {
		delete(s.notify, name)
	}
}

func (s *TopicIndex) Remove(key string) {
	s.remove(key, true)
}

func (s *TopicIndex) RemoveBatch(keys []string) {
	s.Lock()
	defer s.Unlock()
	for _, k := range keys {
		s.remove(k, false)
	}
}

func (s *TopicIndex) Watch(name string, ch chan bool) {
	s.Lock()
	s.notify[name] = ch
	s.Unlock()
}

// The same helper with a caller that tells it not to lock and holds nothing.
type TopicCatalog struct {
	sync.RWMutex
	count  int
	notify map[string]chan bool
}

func (s *TopicCatalog) remove(key string, shouldLock bool) {
	name := strings.ToLower(key)
	if shouldLock {
		s.Lock()
		defer s.Unlock()
	}
	s.count--
	if s.notify[name] != nil {
		delete(s.notify, name) // Noncompliant [TOCTOU001] {{s.notify[name] is checked at line 60 and changed at line 61 by delete(s.notify, name), with no lock held at either point in remove: 1 of the 2 calls to it in the package holds the lock on s (1 of them by passing true for shouldLock, so that remove takes it), but TopicCatalog.Drop calls it without}}
	}
}

func (s *TopicCatalog) Remove(key string) {
	s.remove(key, true)
}

func (s *TopicCatalog) Drop(key string) {
	s.remove(key, false)
}

func (s *TopicCatalog) Watch(name string, ch chan bool) {
	s.Lock()
	s.notify[name] = ch
	s.Unlock()
}
