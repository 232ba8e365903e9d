// https://github.com/hazelcast/hazelcast-go-client/pull/252
// getOrConnect looked the address up under the read lock, released it, and then opened
// and authenticated a new connection, storing it in cm.connections afterwards. Two
// goroutines (invocations, member-added listener) could both miss and open duplicate
// connections to the same member. Fix: re-check and connect under the write lock.
package internal

import (
	"errors"
	"sync"
)

type Connection struct {
	address string
	owner   bool
}

func dial(address string) (*Connection, error) {
	if address == "" {
		return nil, errors.New("empty address")
	}
	return &Connection{address: address}, nil
}

type connectionManager struct {
	connectionsMutex sync.RWMutex
	connections      map[string]*Connection
}

func (cm *connectionManager) getConnection(address string) *Connection {
	cm.connectionsMutex.RLock()
	defer cm.connectionsMutex.RUnlock()
	return cm.connections[address]
}

func (cm *connectionManager) onConnectionClose(conn *Connection) {
	cm.connectionsMutex.Lock()
	delete(cm.connections, conn.address)
	cm.connectionsMutex.Unlock()
}

func (cm *connectionManager) authenticate(conn *Connection, asOwner bool) error {
	conn.owner = asOwner
	cm.connectionsMutex.Lock()
	cm.connections[conn.address] = conn
	cm.connectionsMutex.Unlock()
	return nil
}

func (cm *connectionManager) getOrConnect(address string, asOwner bool) (*Connection, error) {
	if conn := cm.getConnection(address); conn != nil {
		return conn, nil
	}
	conn, err := dial(address)
	if err != nil {
		return nil, err
	}
	return conn, cm.authenticate(conn, asOwner) // Noncompliant
}

// getOrTriggerConnect is used by invocations; it starts the connect in the background.
func (cm *connectionManager) getOrTriggerConnect(address string) (*Connection, error) {
	if conn := cm.getConnection(address); conn != nil {
		return conn, nil
	}
	go cm.getOrConnect(address, false)
	return nil, errors.New("no available connection to " + address)
}
