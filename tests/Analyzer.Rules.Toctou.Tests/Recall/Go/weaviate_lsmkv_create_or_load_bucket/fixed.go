// https://github.com/weaviate/weaviate/pull/4433 (follow-up https://github.com/weaviate/weaviate/pull/4422)
// Fixed version: a mutex per bucket name is held across the existence check, the bucket
// creation and its registration.
package lsmkv

import (
	"context"
	"path"
	"sync"
)

type SafeStore struct {
	rootDir       string
	accessLock    sync.RWMutex
	buckets       map[string]*Bucket
	locksByBucket map[string]*sync.Mutex
}

func (s *SafeStore) Get(name string) *Bucket {
	s.accessLock.RLock()
	defer s.accessLock.RUnlock()
	return s.buckets[name]
}

func (s *SafeStore) nameLock(name string) *sync.Mutex {
	s.accessLock.Lock()
	defer s.accessLock.Unlock()
	l, ok := s.locksByBucket[name]
	if !ok {
		l = &sync.Mutex{}
		s.locksByBucket[name] = l
	}
	return l
}

func (s *SafeStore) EnsureBucket(ctx context.Context, name string) error {
	l := s.nameLock(name)
	l.Lock()
	defer l.Unlock()

	if b := s.Get(name); b != nil {
		return nil
	}

	b, err := NewBucket(ctx, path.Join(s.rootDir, name))
	if err != nil {
		return err
	}

	s.accessLock.Lock()
	s.buckets[name] = b
	s.accessLock.Unlock()
	return nil
}
