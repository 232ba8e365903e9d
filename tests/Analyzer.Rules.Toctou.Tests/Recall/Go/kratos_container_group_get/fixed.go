// https://github.com/go-kratos/kratos/pull/606
// Fixed version: objects live in a plain map guarded by the group's RWMutex; a miss
// takes the write lock and checks again before creating the object.
package group

import (
	"net/http"
	"sync"
)

// LazyGroup is a lazy load container.
type LazyGroup struct {
	new  func() interface{}
	objs map[string]interface{}
	sync.RWMutex
}

func NewLazyGroup(new func() interface{}) *LazyGroup {
	return &LazyGroup{new: new, objs: make(map[string]interface{})}
}

// Get gets the object by the given key.
func (g *LazyGroup) Get(key string) interface{} {
	g.RLock()
	obj, ok := g.objs[key]
	if ok {
		g.RUnlock()
		return obj
	}
	g.RUnlock()

	// double check
	g.Lock()
	defer g.Unlock()
	obj, ok = g.objs[key]
	if ok {
		return obj
	}
	obj = g.new()
	g.objs[key] = obj
	return obj
}

func (g *LazyGroup) Reset(new func() interface{}) {
	g.Lock()
	g.new = new
	g.Unlock()
	g.Clear()
}

func (g *LazyGroup) Clear() {
	g.Lock()
	g.objs = make(map[string]interface{})
	g.Unlock()
}

type pathLimiter struct {
	mu       sync.Mutex
	inflight int
}

func pathLimitMiddleware(g *LazyGroup, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		l := g.Get(r.URL.Path).(*pathLimiter)
		l.mu.Lock()
		l.inflight++
		l.mu.Unlock()
		defer func() {
			l.mu.Lock()
			l.inflight--
			l.mu.Unlock()
		}()
		next.ServeHTTP(w, r)
	})
}
