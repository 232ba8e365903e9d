// https://github.com/minio/minio/pull/12541
// Fixed version: on a multi-pool setup PutObject takes the namespace write lock first, picks
// the pool without further locking and writes with NoLock, so no other PUT of the same
// object can choose a pool in between.
package cmd

import (
	"sync"
)

type PutOpts struct{ NoLock bool }

type objectLocker struct {
	mu    sync.Mutex
	locks map[string]*sync.RWMutex
}

func (n *objectLocker) NewNSLock(bucket, object string) *sync.RWMutex {
	n.mu.Lock()
	defer n.mu.Unlock()
	lk, ok := n.locks[bucket+"/"+object]
	if !ok {
		lk = &sync.RWMutex{}
		n.locks[bucket+"/"+object] = lk
	}
	return lk
}

type poolSets struct {
	nsMutex *objectLocker
	mu      sync.RWMutex
	free    int64
	objects map[string][]byte
}

func (s *poolSets) hasObjectNoLock(bucket, object string) bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	_, ok := s.objects[bucket+"/"+object]
	return ok
}

func (s *poolSets) freeSpace() int64 {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.free
}

func (s *poolSets) PutObject(bucket, object string, data []byte, opts PutOpts) error {
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

type serverPools struct {
	nsMutex *objectLocker
	pools   []*poolSets
}

func (z *serverPools) getPoolIdxNoLock(bucket, object string) int {
	for i, pool := range z.pools {
		if pool.hasObjectNoLock(bucket, object) {
			return i
		}
	}
	idx := 0
	for i, pool := range z.pools {
		if pool.freeSpace() > z.pools[idx].freeSpace() {
			idx = i
		}
	}
	return idx
}

func (z *serverPools) PutObject(bucket, object string, data []byte, opts PutOpts) error {
	if len(z.pools) == 1 {
		return z.pools[0].PutObject(bucket, object, data, opts)
	}
	if !opts.NoLock {
		lk := z.nsMutex.NewNSLock(bucket, object)
		lk.Lock()
		defer lk.Unlock()
		opts.NoLock = true
	}
	idx := z.getPoolIdxNoLock(bucket, object)
	return z.pools[idx].PutObject(bucket, object, data, opts)
}
