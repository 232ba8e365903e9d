// https://github.com/cilium/cilium/pull/2179
// Fixed version: the local mutex is kept in a variable obtained while lockPathsMU is held,
// and Unlock reads the map only under the read lock.
package kvstore

import (
	"sync"
)

var (
	localLocksMU sync.RWMutex
	localLocks   = map[string]*sync.Mutex{}
)

type distributedLocker interface {
	Unlock() error
}

type consulLock struct{ path string }

func (l *consulLock) Unlock() error { return nil }

func lockInBackend(path string) (distributedLocker, error) {
	return &consulLock{path: path}, nil
}

type PathLock struct {
	path string
	lock distributedLocker
}

func LockKVPath(path string) (*PathLock, error) {
	var (
		localLock *sync.Mutex
		ok        bool
	)
	localLocksMU.Lock()
	if localLock, ok = localLocks[path]; !ok {
		localLock = &sync.Mutex{}
		localLocks[path] = localLock
	}
	localLocksMU.Unlock()

	// Take the local lock as both etcd and consul protect per client
	localLock.Lock()

	lock, err := lockInBackend(path)
	if err != nil {
		localLock.Unlock()
		return nil, err
	}
	return &PathLock{lock: lock, path: path}, nil
}

func (l *PathLock) Unlock() error {
	// Unlock kvstore mutex first
	err := l.lock.Unlock()

	localLocksMU.RLock()
	localLock, ok := localLocks[l.path]
	localLocksMU.RUnlock()
	if ok && localLock != nil {
		localLock.Unlock()
	}
	return err
}
