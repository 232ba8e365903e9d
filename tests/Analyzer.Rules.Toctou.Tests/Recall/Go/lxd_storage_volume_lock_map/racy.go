// https://github.com/canonical/lxd/pull/6803
// locking.Lock serialises work on one storage volume through a package-level map of
// "operation in progress" channels. It looked the volume's lock ID up while holding the map
// mutex, released the mutex, and when no entry was found it stored a new channel in the map
// without the mutex. Two goroutines locking the same volume could both see no entry, both
// store a channel (the second overwriting the first) and both go ahead; the later unlock then
// closes the wrong channel, so waiters hung under load. The fix keeps the map mutex held from
// the lookup until the new channel is stored.
package locking

import (
	"fmt"
	"sync"
)

var ongoingOperationMap = map[string]chan struct{}{}

var ongoingOperationMapLock sync.Mutex

// Lock is called by concurrent API requests (volume create, copy, snapshot, ...).
func Lock(poolName string, volType string, volName string) func() {
	lockID := fmt.Sprintf("%s/%s/%s", poolName, volType, volName)

	for {
		ongoingOperationMapLock.Lock()
		waitCh, ok := ongoingOperationMap[lockID]
		ongoingOperationMapLock.Unlock()

		if !ok {
			waitCh = make(chan struct{})
			ongoingOperationMap[lockID] = waitCh // Noncompliant

			return func() {
				ongoingOperationMapLock.Lock()
				doneCh, ok := ongoingOperationMap[lockID]
				if ok {
					close(doneCh)
					delete(ongoingOperationMap, lockID)
				}
				ongoingOperationMapLock.Unlock()
			}
		}

		// Someone else holds the volume; wait for them and try again.
		<-waitCh
	}
}
