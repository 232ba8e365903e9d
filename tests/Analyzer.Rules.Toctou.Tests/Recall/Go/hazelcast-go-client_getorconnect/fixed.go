// https://github.com/hazelcast/hazelcast-go-client/pull/252
// Fixed: the fast path still reads under RLock, but creation goes through
// getOrCreateConnectionInternal, which takes the write lock, re-checks the map, and
// connects/authenticates/stores while holding it.
package internal

import (
	"errors"
	"sync"
)

type memberConn struct {
	address string
	owner   bool
}

func dialMember(address string) (*memberConn, error) {
	if address == "" {
		return nil, errors.New("empty address")
	}
	return &memberConn{address: address}, nil
}

type lockedConnManager struct {
	connectionsMutex sync.RWMutex
	connections      map[string]*memberConn
}

func (cm *lockedConnManager) lookup(address string) *memberConn {
	cm.connectionsMutex.RLock()
	defer cm.connectionsMutex.RUnlock()
	return cm.connections[address]
}

func (cm *lockedConnManager) closed(conn *memberConn) {
	cm.connectionsMutex.Lock()
	delete(cm.connections, conn.address)
	cm.connectionsMutex.Unlock()
}

// authenticateLocked must be called with connectionsMutex held for writing.
func (cm *lockedConnManager) authenticateLocked(conn *memberConn, asOwner bool) error {
	conn.owner = asOwner
	cm.connections[conn.address] = conn
	return nil
}

func (cm *lockedConnManager) getOrCreateConnectionInternal(address string, asOwner bool) (*memberConn, error) {
	cm.connectionsMutex.Lock()
	defer cm.connectionsMutex.Unlock()
	if conn, found := cm.connections[address]; found {
		return conn, nil
	}
	conn, err := dialMember(address)
	if err != nil {
		return nil, err
	}
	return conn, cm.authenticateLocked(conn, asOwner)
}

func (cm *lockedConnManager) connect(address string, asOwner bool) (*memberConn, error) {
	if conn := cm.lookup(address); conn != nil {
		return conn, nil
	}
	return cm.getOrCreateConnectionInternal(address, asOwner)
}

func (cm *lockedConnManager) triggerConnect(address string) (*memberConn, error) {
	if conn := cm.lookup(address); conn != nil {
		return conn, nil
	}
	go cm.getOrCreateConnectionInternal(address, false)
	return nil, errors.New("no available connection to " + address)
}
