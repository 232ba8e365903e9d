// https://github.com/tendermint/tendermint/pull/7015
// Fixed version: GetOrSet checks for the key and stores it while holding the map lock once,
// so only the goroutine that actually stored the address runs the reconnect loop.
package p2p

import (
	"sync"
	"time"
)

// SafeCMap is a goroutine-safe map.
type SafeCMap struct {
	m map[string]interface{}
	l sync.RWMutex
}

func NewSafeCMap() *SafeCMap { return &SafeCMap{m: make(map[string]interface{})} }

// GetOrSet returns the existing value if present, otherwise stores newValue.
func (cm *SafeCMap) GetOrSet(key string, newValue interface{}) (interface{}, bool) {
	cm.l.Lock()
	defer cm.l.Unlock()
	if v, ok := cm.m[key]; ok {
		return v, true
	}
	cm.m[key] = newValue
	return newValue, false
}

func (cm *SafeCMap) Delete(key string) {
	cm.l.Lock()
	delete(cm.m, key)
	cm.l.Unlock()
}

type FixedSwitch struct {
	reconnecting *SafeCMap
	dial         func(*NetAddress) error
}

// reconnectToPeer is started in its own goroutine whenever a persistent peer errors out.
func (sw *FixedSwitch) reconnectToPeer(addr *NetAddress) {
	if _, loaded := sw.reconnecting.GetOrSet(addr.ID, addr); loaded {
		return
	}
	defer sw.reconnecting.Delete(addr.ID)

	for i := 0; i < 20; i++ {
		if err := sw.dial(addr); err == nil {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

func (sw *FixedSwitch) StopPeerForError(addr *NetAddress) {
	go sw.reconnectToPeer(addr)
}
