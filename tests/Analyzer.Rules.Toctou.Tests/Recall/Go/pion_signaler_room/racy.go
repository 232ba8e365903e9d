// https://github.com/pion/signaler/issues/4
// Rooms were sync.Maps paired with a separately updated atomic length; DestroySession read the length and, if it
// was 0, deleted the room, so a session stored concurrently by another HTTP handler could land in a room that was
// just destroyed. The maintainer's answer was to use plain maps guarded by one mutex over the whole structure.
package signalerroom

import (
	"errors"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
)

type CountedSyncMap struct {
	sync.Map
	len uint64
}

func (m *CountedSyncMap) CountedDelete(key interface{}) {
	m.Delete(key)
	atomic.AddUint64(&m.len, ^uint64(0))
}

func (m *CountedSyncMap) CountedStore(key, value interface{}) {
	m.Store(key, value)
	atomic.AddUint64(&m.len, uint64(1))
}

func (m *CountedSyncMap) CountedLen() uint64 {
	return atomic.LoadUint64(&m.len)
}

var apiKeysMap CountedSyncMap

func StoreSession(apiKey, room, sessionKey string, c interface{}) {
	rooms, ok := apiKeysMap.Load(apiKey)
	if !ok {
		apiKeysMap.CountedStore(apiKey, &CountedSyncMap{}) // Noncompliant
		rooms, _ = apiKeysMap.Load(apiKey)
	}

	sessionKeys, ok := rooms.(*CountedSyncMap).Load(room)
	if !ok {
		rooms.(*CountedSyncMap).CountedStore(room, &CountedSyncMap{}) // Noncompliant
		sessionKeys, _ = rooms.(*CountedSyncMap).Load(room)
	}

	sessionKeys.(*CountedSyncMap).CountedStore(sessionKey, c)
}

func DestroySession(apiKey, room, sessionKey string) error {
	rooms, ok := apiKeysMap.Load(apiKey)
	if !ok {
		return errors.New(fmt.Sprintf("No rooms for apiKey %s", apiKey))
	}

	sessionKeys, ok := rooms.(*CountedSyncMap).Load(room)
	if !ok {
		return errors.New(fmt.Sprintf("Room %s not found for %s", room, apiKey))
	}

	sessionKeys.(*CountedSyncMap).CountedDelete(sessionKey)

	// No more sessions, destroy room
	if sessionKeys.(*CountedSyncMap).CountedLen() == 0 {
		rooms.(*CountedSyncMap).CountedDelete(room) // Noncompliant
	}

	// No more rooms, destroy apiKey
	if rooms.(*CountedSyncMap).CountedLen() == 0 {
		apiKeysMap.CountedDelete(apiKey) // Noncompliant
	}

	return nil
}

type session struct {
	ApiKey, Room, SessionKey string
}

// HandleRootWSUpgrade is registered on the HTTP mux; each client connection runs in its own handler goroutine.
func HandleRootWSUpgrade(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	apiKey, room, sessionKey := q.Get("apiKey"), q.Get("room"), q.Get("sessionKey")
	s := &session{ApiKey: apiKey, Room: room, SessionKey: sessionKey}

	defer func() {
		_ = DestroySession(apiKey, room, sessionKey)
	}()

	StoreSession(apiKey, room, sessionKey, s)
	<-r.Context().Done()
}

func Serve(addr string) error {
	http.HandleFunc("/", HandleRootWSUpgrade)
	return http.ListenAndServe(addr, nil)
}
