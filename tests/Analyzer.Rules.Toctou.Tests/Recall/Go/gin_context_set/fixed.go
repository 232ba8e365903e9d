// https://github.com/gin-gonic/gin/issues/700 (fix: https://github.com/gin-gonic/gin/pull/1391)
// Fixed version: an RWMutex in the context protects the Keys map; Put holds it across
// the nil check, the lazy creation and the write, Lookup holds the read lock.
package gin

import "sync"

// RequestContext carries per-request state through the handler chain.
type RequestContext struct {
	pos int8
	mu  sync.RWMutex
	// Values is a key/value store exclusively for this request.
	Values map[string]interface{}
}

// Clone returns a copy of the context that can be used outside the request scope,
// for instance when the context has to be passed to a goroutine.
func (r *RequestContext) Clone() *RequestContext {
	r.mu.RLock()
	defer r.mu.RUnlock()
	cp := &RequestContext{pos: -1, Values: make(map[string]interface{}, len(r.Values))}
	for k, v := range r.Values {
		cp.Values[k] = v
	}
	return cp
}

// Put stores a new key/value pair, creating r.Values on first use.
func (r *RequestContext) Put(key string, value interface{}) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.Values == nil {
		r.Values = make(map[string]interface{})
	}
	r.Values[key] = value
}

// Lookup returns the value for key and whether it exists.
func (r *RequestContext) Lookup(key string) (value interface{}, exists bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	value, exists = r.Values[key]
	return
}

// MustLookup returns the value for key or panics.
func (r *RequestContext) MustLookup(key string) interface{} {
	if value, exists := r.Lookup(key); exists {
		return value
	}
	panic("Key \"" + key + "\" does not exist")
}
