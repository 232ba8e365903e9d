// https://github.com/cilium/cilium/pull/2179
// LockPath looked up (and if missing created) the local mutex for a kvstore path under
// lockPathsMU, released lockPathsMU, and then indexed lockPaths[path] again to take that
// mutex; Unlock also indexed the map without lockPathsMU. LockPath calls for other paths
// from other goroutines insert into the same map meanwhile (concurrent map read and map
// write). Fix: keep the *Mutex found or created under the lock (now an RWMutex) and read
// the map under RLock in Unlock.
package kvstore

import (
	"sync"
)

var (
	lockPathsMU sync.Mutex
	lockPaths   = map[string]*sync.Mutex{}
)

type kvLocker interface {
	Unlock() error
}

type etcdLock struct{ path string }

func (l *etcdLock) Unlock() error { return nil }

// backendLockPath stands for Client().LockPath: the distributed etcd/consul lock.
func backendLockPath(path string) (kvLocker, error) {
	return &etcdLock{path: path}, nil
}

// Lock is a lock returned by LockPath.
type Lock struct {
	path string
	lock kvLocker
}

// LockPath locks the specified path and returns the Lock. Called by the identity allocator
// and the endpoint/policy goroutines.
func LockPath(path string) (*Lock, error) {
	lockPathsMU.Lock()
	if _, ok := lockPaths[path]; !ok {
		lockPaths[path] = &sync.Mutex{}
	}
	lockPathsMU.Unlock()

	// Take the local lock as both etcd and consul protect per client
	lockPaths[path].Lock() // Noncompliant

	lock, err := backendLockPath(path)
	if err != nil {
		lockPaths[path].Unlock()
		return nil, err
	}
	return &Lock{lock: lock, path: path}, nil
}

// Unlock unlocks a lock.
func (l *Lock) Unlock() error {
	err := l.lock.Unlock()
	lockPaths[l.path].Unlock()
	return err
}
