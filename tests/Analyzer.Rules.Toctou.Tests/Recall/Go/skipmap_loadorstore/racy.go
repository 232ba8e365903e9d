// https://github.com/zhangyunhao116/skipmap/issues/1
// Int64Map.LoadOrStore was written as Load() followed by Store(). Each call is safe on its
// own, but two goroutines can both miss in Load and both Store, so racing callers get
// different "actual" values and one stored value silently replaces the other.
// Fix: LoadOrStore does its own search and insert under the node locks, returning the existing value.
package skipmap

import "sync"

// Int64Map is an ordered map; every exported method may be called
// from many goroutines.
type Int64Map struct {
	mu    sync.RWMutex
	items map[int64]interface{}
}

func NewInt64() *Int64Map {
	return &Int64Map{items: make(map[int64]interface{})}
}

func (s *Int64Map) Load(key int64) (interface{}, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.items[key]
	return v, ok
}

func (s *Int64Map) Store(key int64, value interface{}) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.items[key] = value
}

func (s *Int64Map) Delete(key int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.items, key)
}

// LoadOrStore returns the existing value for the key if present.
// Otherwise, it stores and returns the given value.
func (s *Int64Map) LoadOrStore(key int64, value interface{}) (actual interface{}, loaded bool) {
	loadedval, ok := s.Load(key)
	if !ok {
		s.Store(key, value) // Noncompliant
		return value, false
	}
	return loadedval, true
}
