// https://github.com/gin-gonic/gin/issues/700 (fix: https://github.com/gin-gonic/gin/pull/1391)
// Context.Set lazily created the Keys map (`if c.Keys == nil { c.Keys = make(...) }`)
// and then wrote to it with no lock. Middleware and handler goroutines calling Set/Get on
// the same context could each create a map (losing the other's keys) or crash with
// "concurrent map read and map write". The fix adds an RWMutex that Set holds across the
// nil check, the lazy creation and the write, and that Get holds while reading.
package gin

// Context carries per-request state through the handler chain.
type Context struct {
	index int8
	// Keys is a key/value store exclusively for this request.
	Keys map[string]interface{}
}

// Copy returns a copy of the context that can be used outside the request scope,
// for instance when the context has to be passed to a goroutine.
func (c *Context) Copy() *Context {
	cp := &Context{index: -1, Keys: map[string]interface{}{}}
	for k, v := range c.Keys {
		cp.Keys[k] = v
	}
	return cp
}

// Set stores a new key/value pair, creating c.Keys on first use.
func (c *Context) Set(key string, value interface{}) {
	if c.Keys == nil {
		c.Keys = make(map[string]interface{}) // Noncompliant
	}
	c.Keys[key] = value
}

// Get returns the value for key and whether it exists.
func (c *Context) Get(key string) (value interface{}, exists bool) {
	if c.Keys != nil {
		value, exists = c.Keys[key]
	}
	return
}

// MustGet returns the value for key or panics.
func (c *Context) MustGet(key string) interface{} {
	if value, exists := c.Get(key); exists {
		return value
	}
	panic("Key \"" + key + "\" does not exist")
}
