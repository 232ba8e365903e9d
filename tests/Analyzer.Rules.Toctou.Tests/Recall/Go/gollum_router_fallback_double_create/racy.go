// https://github.com/trivago/gollum/issues/195 (fix: https://github.com/trivago/gollum/pull/196)
// GetRouterOrFallback looked the stream ID up under streamGuard, released the lock, built a
// fallback Broadcast router (creating it registers a plugin under a generated ID) and then took
// the lock again to store the router. Streams can appear at runtime, so consumer goroutines
// routing the first messages of a new stream could all miss; the second fallback registered the
// same generated plugin ID and gollum panicked with "Plugin id ... must be unique", and a second
// router could overwrite the first in the map. The fix takes the write lock, checks the map again
// and creates and stores the fallback inside that critical section.
package core

import (
	"fmt"
	"sync"
)

type MessageStreamID uint64

const InvalidStreamID MessageStreamID = 0

type Producer interface {
	ID() string
}

type Router interface {
	GetStreamID() MessageStreamID
	AddProducer(prods ...Producer)
}

type broadcastRouter struct {
	id        string
	streamID  MessageStreamID
	producers []Producer
}

func (r *broadcastRouter) GetStreamID() MessageStreamID { return r.streamID }
func (r *broadcastRouter) AddProducer(p ...Producer)    { r.producers = append(r.producers, p...) }

// pluginRegistry keeps every plugin instance under a unique ID.
type pluginRegistry struct {
	guard   sync.Mutex
	plugins map[string]interface{}
}

func (r *pluginRegistry) RegisterUnique(id string, plugin interface{}) {
	r.guard.Lock()
	defer r.guard.Unlock()
	if _, exists := r.plugins[id]; exists {
		panic(fmt.Sprintf("Plugin id '%s' must be unique", id))
	}
	r.plugins[id] = plugin
}

var PluginRegistry = pluginRegistry{plugins: make(map[string]interface{})}

type streamRegistry struct {
	routers     map[MessageStreamID]Router
	names       map[MessageStreamID]string
	nameGuard   *sync.Mutex
	streamGuard *sync.Mutex
	wildcard    []Producer
}

var StreamRegistry = streamRegistry{
	routers:     make(map[MessageStreamID]Router),
	names:       make(map[MessageStreamID]string),
	nameGuard:   new(sync.Mutex),
	streamGuard: new(sync.Mutex),
}

func (registry *streamRegistry) GetStreamName(streamID MessageStreamID) string {
	registry.nameGuard.Lock()
	defer registry.nameGuard.Unlock()
	return registry.names[streamID]
}

func (registry *streamRegistry) createFallback(streamID MessageStreamID) Router {
	router := &broadcastRouter{id: "_GENERATED_" + registry.GetStreamName(streamID), streamID: streamID}
	PluginRegistry.RegisterUnique(router.id, router)
	return router
}

// GetRouterOrFallback is called while routing messages, from every consumer goroutine.
func (registry *streamRegistry) GetRouterOrFallback(streamID MessageStreamID) Router {
	if streamID == InvalidStreamID {
		return nil
	}

	registry.streamGuard.Lock()
	router, exists := registry.routers[streamID]
	registry.streamGuard.Unlock()

	if exists {
		return router
	}

	defaultRouter := registry.createFallback(streamID)
	defaultRouter.AddProducer(registry.wildcard...)

	registry.streamGuard.Lock()
	registry.routers[streamID] = defaultRouter // Noncompliant
	registry.streamGuard.Unlock()

	return defaultRouter
}

// Enqueue is run by each consumer goroutine for the messages it reads.
func Enqueue(streamID MessageStreamID, payload []byte) {
	router := StreamRegistry.GetRouterOrFallback(streamID)
	_ = router
	_ = payload
}
