// https://github.com/canonical/lxd/pull/6803
// Fixed version: the map mutex stays held from the lookup until the new channel is stored,
// so only one goroutine can claim a volume at a time.
package locking

import (
	"fmt"
	"sync"
)

var volumeOps = map[string]chan struct{}{}

var volumeOpsMu sync.Mutex

func AcquireVolume(poolName string, volType string, volName string) func() {
	key := fmt.Sprintf("%s/%s/%s", poolName, volType, volName)

	for {
		volumeOpsMu.Lock()
		busyCh, busy := volumeOps[key]
		if !busy {
			busyCh = make(chan struct{})
			volumeOps[key] = busyCh
			volumeOpsMu.Unlock()

			return func() {
				volumeOpsMu.Lock()
				if ch, ok := volumeOps[key]; ok {
					close(ch)
					delete(volumeOps, key)
				}
				volumeOpsMu.Unlock()
			}
		}
		volumeOpsMu.Unlock()

		<-busyCh
	}
}
