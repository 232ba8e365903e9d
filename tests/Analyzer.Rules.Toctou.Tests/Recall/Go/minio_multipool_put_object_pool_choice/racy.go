// https://github.com/minio/minio/pull/12541
// With several server pools, PutObject picked the target pool with getPoolIdx (the pool that
// already holds the object, else the pool with the most free space) and then wrote through
// that pool, which took the namespace write lock only inside its own PutObject. Two
// concurrent PUTs of a new object could both find it in no pool and write it to two
// different pools. Fix: take the write lock before choosing the pool and keep it (NoLock).
package cmd

import (
	"sync"
)

type ObjectOptions struct{ NoLock bool }

type nsLockMap struct {
	mu    sync.Mutex
	locks map[string]*sync.RWMutex
}

func (n *nsLockMap) NewNSLock(bucket, object string) *sync.RWMutex {
	n.mu.Lock()
	defer n.mu.Unlock()
	lk, ok := n.locks[bucket+"/"+object]
	if !ok {
		lk = &sync.RWMutex{}
		n.locks[bucket+"/"+object] = lk
	}
	return lk
}

type erasureSets struct {
	nsMutex *nsLockMap
	mu      sync.RWMutex
	free    int64
	objects map[string][]byte
}

func (s *erasureSets) hasObject(bucket, object string) bool {
	lk := s.nsMutex.NewNSLock(bucket, object)
	lk.RLock()
	defer lk.RUnlock()
	s.mu.RLock()
	defer s.mu.RUnlock()
	_, ok := s.objects[bucket+"/"+object]
	return ok
}

func (s *erasureSets) freeSpace() int64 {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.free
}

func (s *erasureSets) PutObject(bucket, object string, data []byte, opts ObjectOptions) error {
	if !opts.NoLock {
		lk := s.nsMutex.NewNSLock(bucket, object)
		lk.Lock()
		defer lk.Unlock()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.objects[bucket+"/"+object] = data
	s.free -= int64(len(data))
	return nil
}

type erasureServerPools struct {
	nsMutex     *nsLockMap
	serverPools []*erasureSets
}

func (z *erasureServerPools) getPoolIdx(bucket, object string) int {
	for i, pool := range z.serverPools {
		if pool.hasObject(bucket, object) {
			return i
		}
	}
	idx := 0
	for i, pool := range z.serverPools {
		if pool.freeSpace() > z.serverPools[idx].freeSpace() {
			idx = i
		}
	}
	return idx
}

// PutObject is called from the S3 PUT handler, one goroutine per request.
func (z *erasureServerPools) PutObject(bucket, object string, data []byte, opts ObjectOptions) error {
	if len(z.serverPools) == 1 {
		return z.serverPools[0].PutObject(bucket, object, data, opts)
	}
	idx := z.getPoolIdx(bucket, object)
	return z.serverPools[idx].PutObject(bucket, object, data, opts) // Noncompliant
}
