// https://github.com/pion/signaler/issues/4
// Fixed version (as the maintainer proposed): plain nested maps guarded by a single mutex, so the emptiness check
// and the room/apiKey deletion happen atomically with respect to StoreSession.
package signalerroom

import (
	"fmt"
	"net/http"
	"sync"
)

type roomTable struct {
	mu     sync.Mutex
	apiKey map[string]map[string]map[string]interface{}
}

var rooms = &roomTable{apiKey: map[string]map[string]map[string]interface{}{}}

func (t *roomTable) Add(apiKey, room, sessionKey string, c interface{}) {
	t.mu.Lock()
	defer t.mu.Unlock()
	byRoom, ok := t.apiKey[apiKey]
	if !ok {
		byRoom = map[string]map[string]interface{}{}
		t.apiKey[apiKey] = byRoom
	}
	sessions, ok := byRoom[room]
	if !ok {
		sessions = map[string]interface{}{}
		byRoom[room] = sessions
	}
	sessions[sessionKey] = c
}

func (t *roomTable) Remove(apiKey, room, sessionKey string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	byRoom, ok := t.apiKey[apiKey]
	if !ok {
		return fmt.Errorf("no rooms for apiKey %s", apiKey)
	}
	sessions, ok := byRoom[room]
	if !ok {
		return fmt.Errorf("room %s not found for %s", room, apiKey)
	}
	delete(sessions, sessionKey)
	if len(sessions) == 0 {
		delete(byRoom, room)
	}
	if len(byRoom) == 0 {
		delete(t.apiKey, apiKey)
	}
	return nil
}

type peer struct {
	ApiKey, Room, SessionKey string
}

func HandlePeer(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	apiKey, room, sessionKey := q.Get("apiKey"), q.Get("room"), q.Get("sessionKey")
	p := &peer{ApiKey: apiKey, Room: room, SessionKey: sessionKey}

	defer func() {
		_ = rooms.Remove(apiKey, room, sessionKey)
	}()

	rooms.Add(apiKey, room, sessionKey, p)
	<-r.Context().Done()
}

func ServePeers(addr string) error {
	mux := http.NewServeMux()
	mux.HandleFunc("/", HandlePeer)
	return http.ListenAndServe(addr, mux)
}
