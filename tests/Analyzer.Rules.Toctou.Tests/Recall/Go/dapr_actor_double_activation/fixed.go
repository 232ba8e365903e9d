// https://github.com/dapr/dapr/pull/707
// Fixed version: the existence check is the "loaded" flag returned by the same LoadOrStore
// that inserts the entry, so exactly one caller sees a new actor and activates it (under the
// per-actor lock).
package actors

import (
	"sync"
	"time"
)

type invoker interface {
	InvokeMethod(path string, data []byte) ([]byte, error)
}

type hostedActor struct {
	mu       *sync.Mutex
	busy     bool
	busyCh   chan bool
	lastUsed time.Time
}

type actorHost struct {
	table *sync.Map
	app   invoker
}

func combinedKey(actorType, actorID string) string {
	return actorType + "||" + actorID
}

func (h *actorHost) activate(actorType, actorID string) error {
	_, err := h.app.InvokeMethod("actors/"+actorType+"/"+actorID, nil)
	return err
}

func (h *actorHost) invokeLocal(actorType, actorID, method string, data []byte) ([]byte, error) {
	key := combinedKey(actorType, actorID)
	val, loaded := h.table.LoadOrStore(key, &hostedActor{
		mu:       &sync.Mutex{},
		busyCh:   make(chan bool, 1),
		lastUsed: time.Now(),
	})
	act := val.(*hostedActor)
	act.mu.Lock()
	defer act.mu.Unlock()

	if !loaded {
		if err := h.activate(actorType, actorID); err != nil {
			return nil, err
		}
	}
	act.busy = true
	act.lastUsed = time.Now()
	resp, err := h.app.InvokeMethod("actors/"+actorType+"/"+actorID+"/method/"+method, data)
	act.busy = false
	close(act.busyCh)
	act.busyCh = make(chan bool, 1)
	return resp, err
}
