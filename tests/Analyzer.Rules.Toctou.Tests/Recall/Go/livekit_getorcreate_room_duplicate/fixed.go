// https://github.com/livekit/livekit/issues/483 (fix: https://github.com/livekit/livekit/pull/485)
// Fixed version: under the write lock the map is consulted again, and a room that another
// goroutine stored meanwhile is returned instead of being replaced.
package service

import (
	"context"
	"sync"
)

type RTCRoom struct {
	info  *RoomInfo
	holds int
	mu    sync.Mutex
}

func buildRTCRoom(info *RoomInfo) *RTCRoom { return &RTCRoom{info: info} }

func (x *RTCRoom) Hold() {
	x.mu.Lock()
	x.holds++
	x.mu.Unlock()
}

type LocalRoomManager struct {
	lock      sync.RWMutex
	rooms     map[string]*RTCRoom
	roomStore ObjectStore
}

func (m *LocalRoomManager) JoinSession(ctx context.Context, roomName string) error {
	_, err := m.roomFor(ctx, roomName)
	return err
}

func (m *LocalRoomManager) roomFor(ctx context.Context, roomName string) (*RTCRoom, error) {
	m.lock.RLock()
	lastSeen := m.rooms[roomName]
	m.lock.RUnlock()

	if lastSeen != nil {
		lastSeen.Hold()
		return lastSeen, nil
	}

	ri, err := m.roomStore.LoadRoom(ctx, roomName)
	if err != nil {
		return nil, err
	}

	m.lock.Lock()
	defer m.lock.Unlock()
	if current := m.rooms[roomName]; current != nil {
		current.Hold()
		return current, nil
	}

	created := buildRTCRoom(ri)
	m.rooms[roomName] = created
	created.Hold()
	return created, nil
}
