// https://github.com/go-kratos/kratos/pull/606
// container/group.Group.Get looked the key up in a sync.Map and, on a miss, built the
// object and stored it. Concurrent Get calls for the same key (e.g. the BBR limiter
// middleware serving parallel requests) both missed and each created an object; the last
// Store won and the others were lost. The fix uses a plain map with a double-checked lock.
package group

import (
	"net/http"
	"sync"
)

// Group is a lazy load container.
type Group struct {
	new  func() interface{}
	objs sync.Map
	sync.RWMutex
}

func NewGroup(new func() interface{}) *Group {
	return &Group{new: new}
}

// Get gets the object by the given key.
func (g *Group) Get(key string) interface{} {
	g.RLock()
	newFn := g.new
	g.RUnlock()
	obj, ok := g.objs.Load(key)
	if !ok {
		obj = newFn()
		g.objs.Store(key, obj) // Noncompliant
	}
	return obj
}

// Reset resets the new function and deletes all existing objects.
func (g *Group) Reset(new func() interface{}) {
	g.Lock()
	g.new = new
	g.Unlock()
	g.Clear()
}

// Clear deletes all objects.
func (g *Group) Clear() {
	g.objs.Range(func(key, value interface{}) bool {
		g.objs.Delete(key)
		return true
	})
}

type limiter struct {
	mu       sync.Mutex
	inflight int
}

// limitMiddleware picks the per-path limiter out of the group for each request.
func limitMiddleware(g *Group, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		l := g.Get(r.URL.Path).(*limiter)
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
