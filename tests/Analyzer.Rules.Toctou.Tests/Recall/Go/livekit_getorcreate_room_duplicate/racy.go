// https://github.com/livekit/livekit/issues/483 (fix: https://github.com/livekit/livekit/pull/485)
// RoomManager.getOrCreateRoom looked the room name up under the read lock, released it,
// loaded the room info from the store, built a new rtc room and only then took the write
// lock to put it in the map. Participants joining the same room at the same moment each
// run StartSession on their own goroutine, so several of them could miss the lookup, each
// create a separate rtc room and return it; the last store won. Fix: after taking the
// write lock the map is read again and an existing room is used instead.
package service

import (
	"context"
	"sync"
)

type RoomInfo struct {
	Name string
}

type ObjectStore interface {
	LoadRoom(ctx context.Context, name string) (*RoomInfo, error)
}

type Room struct {
	info    *RoomInfo
	holds   int
	onClose func()
	mu      sync.Mutex
}

func newRoom(info *RoomInfo) *Room { return &Room{info: info} }

func (rm *Room) Hold() {
	rm.mu.Lock()
	rm.holds++
	rm.mu.Unlock()
}

func (rm *Room) OnClose(f func()) { rm.onClose = f }

type RoomManager struct {
	lock      sync.RWMutex
	rooms     map[string]*Room
	roomStore ObjectStore
}

// StartSession runs for every joining participant, on the signal goroutine of that participant.
func (r *RoomManager) StartSession(ctx context.Context, roomName string) error {
	room, err := r.getOrCreateRoom(ctx, roomName)
	if err != nil {
		return err
	}
	_ = room
	return nil
}

func (r *RoomManager) getOrCreateRoom(ctx context.Context, roomName string) (*Room, error) {
	r.lock.RLock()
	room := r.rooms[roomName]
	r.lock.RUnlock()

	if room != nil {
		return room, nil
	}

	ri, err := r.roomStore.LoadRoom(ctx, roomName)
	if err != nil {
		return nil, err
	}

	room = newRoom(ri)
	room.Hold()
	room.OnClose(func() {
		r.lock.Lock()
		delete(r.rooms, roomName)
		r.lock.Unlock()
	})

	r.lock.Lock()
	r.rooms[roomName] = room // Noncompliant
	r.lock.Unlock()

	return room, nil
}
