// https://github.com/dapr/dapr/pull/651
// Dapr's actor runtime (callLocalActor, run for every incoming actor invocation, one
// goroutine per request) first asked the actors table whether the actor existed, then did
// LoadOrStore, took the per-actor lock and activated the actor when the earlier lookup had
// missed. Two first calls for the same actor both saw "missing" and both activated it
// (double activation, later a panic closing the busy channel, dapr#650). Fix (#651, final
// form in #707): use the "loaded" result of LoadOrStore as the existence check.
package actors

import (
	"sync"
	"time"
)

type appChannel interface {
	InvokeMethod(path string, data []byte) ([]byte, error)
}

type actor struct {
	lock         *sync.Mutex
	busy         bool
	busyCh       chan bool
	lastUsedTime time.Time
}

type actorsRuntime struct {
	actorsTable *sync.Map
	app         appChannel
}

type invokeRequest struct {
	actorType, actorID, method string
	data                       []byte
	reply                      chan []byte
}

func constructCombinedActorKey(actorType, actorID string) string {
	return actorType + "||" + actorID
}

func (a *actorsRuntime) actorInstanceExists(key string) bool {
	_, ok := a.actorsTable.Load(key)
	return ok
}

func (a *actorsRuntime) tryActivateActor(actorType, actorID string) error {
	_, err := a.app.InvokeMethod("actors/"+actorType+"/"+actorID, nil)
	return err
}

func (a *actorsRuntime) callLocalActor(actorType, actorID, method string, data []byte) ([]byte, error) {
	key := constructCombinedActorKey(actorType, actorID)
	exists := a.actorInstanceExists(key)

	val, _ := a.actorsTable.LoadOrStore(key, &actor{
		lock:         &sync.Mutex{},
		busyCh:       make(chan bool, 1),
		lastUsedTime: time.Now(),
	})
	act := val.(*actor)
	act.lock.Lock()
	defer act.lock.Unlock()

	if !exists {
		if err := a.tryActivateActor(actorType, actorID); err != nil { // Noncompliant
			return nil, err
		}
	}
	act.busy = true
	act.lastUsedTime = time.Now()
	resp, err := a.app.InvokeMethod("actors/"+actorType+"/"+actorID+"/method/"+method, data)
	act.busy = false
	close(act.busyCh)
	act.busyCh = make(chan bool, 1)
	return resp, err
}

// serve dispatches each invocation on its own goroutine, as the HTTP/gRPC servers do.
func (a *actorsRuntime) serve(reqs <-chan invokeRequest) {
	for r := range reqs {
		go func(r invokeRequest) {
			resp, _ := a.callLocalActor(r.actorType, r.actorID, r.method, r.data)
			r.reply <- resp
		}(r)
	}
}
