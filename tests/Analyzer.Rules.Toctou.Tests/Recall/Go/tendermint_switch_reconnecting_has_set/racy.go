// https://github.com/tendermint/tendermint/pull/7015
// Issue #7014: Switch.reconnectToPeer (and the PEX reactor's RequestAddrs) did
// `if sw.reconnecting.Has(id) { return }` and then `sw.reconnecting.Set(id, addr)`; Has and Set
// each lock the CMap separately, so two goroutines can both pass the check and both start a
// reconnect loop for the same peer. The fix adds CMap.GetOrSet, which checks and stores under one lock.
package p2p

import (
	"sync"
	"time"
)

// CMap is a goroutine-safe map.
type CMap struct {
	m map[string]interface{}
	l sync.RWMutex
}

func NewCMap() *CMap { return &CMap{m: make(map[string]interface{})} }

func (cm *CMap) Set(key string, value interface{}) {
	cm.l.Lock()
	cm.m[key] = value
	cm.l.Unlock()
}

func (cm *CMap) Has(key string) bool {
	cm.l.RLock()
	_, ok := cm.m[key]
	cm.l.RUnlock()
	return ok
}

func (cm *CMap) Delete(key string) {
	cm.l.Lock()
	delete(cm.m, key)
	cm.l.Unlock()
}

type NetAddress struct {
	ID   string
	Host string
}

type Switch struct {
	reconnecting *CMap
	dial         func(*NetAddress) error
}

// reconnectToPeer is started in its own goroutine whenever a persistent peer errors out.
func (sw *Switch) reconnectToPeer(addr *NetAddress) {
	if sw.reconnecting.Has(addr.ID) {
		return
	}
	sw.reconnecting.Set(addr.ID, addr) // Noncompliant
	defer sw.reconnecting.Delete(addr.ID)

	for i := 0; i < 20; i++ {
		if err := sw.dial(addr); err == nil {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

func (sw *Switch) StopPeerForError(addr *NetAddress) {
	go sw.reconnectToPeer(addr)
}
