// https://github.com/trivago/gollum/issues/195 (fix: https://github.com/trivago/gollum/pull/196)
// Fixed version: after a read-locked miss the write lock is taken, the map is checked again, and
// the fallback router is created and stored while the lock is held.
package core

import (
	"fmt"
	"sync"
)

type StreamID uint64

const NoStreamID StreamID = 0

type OutputPlugin interface {
	ID() string
}

type MessageRouter interface {
	StreamID() StreamID
	AddOutputs(outs ...OutputPlugin)
}

type fanoutRouter struct {
	id      string
	stream  StreamID
	outputs   []OutputPlugin
}

func (r *fanoutRouter) StreamID() StreamID              { return r.stream }
func (r *fanoutRouter) AddOutputs(outs ...OutputPlugin) { r.outputs = append(r.outputs, outs...) }

type uniquePlugins struct {
	guard   sync.Mutex
	plugins map[string]interface{}
}

func (r *uniquePlugins) Add(id string, plugin interface{}) {
	r.guard.Lock()
	defer r.guard.Unlock()
	if _, exists := r.plugins[id]; exists {
		panic(fmt.Sprintf("Plugin id '%s' must be unique", id))
	}
	r.plugins[id] = plugin
}

var Plugins = uniquePlugins{plugins: make(map[string]interface{})}

type routerRegistry struct {
	routers   map[StreamID]MessageRouter
	names     map[StreamID]string
	nameGuard *sync.Mutex
	guard     *sync.RWMutex
	outputs   []OutputPlugin
}

var Routers = routerRegistry{
	routers:   make(map[StreamID]MessageRouter),
	names:     make(map[StreamID]string),
	nameGuard: new(sync.Mutex),
	guard:     new(sync.RWMutex),
}

func (registry *routerRegistry) StreamName(id StreamID) string {
	registry.nameGuard.Lock()
	defer registry.nameGuard.Unlock()
	return registry.names[id]
}

func (registry *routerRegistry) newFallback(id StreamID) MessageRouter {
	router := &fanoutRouter{id: "_GENERATED_" + registry.StreamName(id), stream: id}
	Plugins.Add(router.id, router)
	return router
}

func (registry *routerRegistry) RouterOrFallback(id StreamID) MessageRouter {
	if id == NoStreamID {
		return nil
	}

	registry.guard.RLock()
	router, exists := registry.routers[id]
	registry.guard.RUnlock()
	if exists {
		return router
	}

	registry.guard.Lock()
	defer registry.guard.Unlock()

	// Check again inside the critical section: another goroutine may have won.
	if router, exists = registry.routers[id]; exists {
		return router
	}

	fallback := registry.newFallback(id)
	fallback.AddOutputs(registry.outputs...)
	registry.routers[id] = fallback
	return fallback
}

func Route(id StreamID, payload []byte) {
	router := Routers.RouterOrFallback(id)
	_ = router
	_ = payload
}
