// https://github.com/open-policy-agent/opa/pull/5361
// Issue #5359: http.send looks the request up in the inter-query cache and on a miss calls out
// and inserts the response. Concurrent evaluations of the same request all miss, and every
// Insert adds the key and its size again as if new, so usage drifts up until eviction thrashes.
// The fix makes insert first delete any existing entry for the key (tolerating the duplicate).
package cache

import (
	"container/list"
	"sync"
)

type Value interface {
	SizeInBytes() int64
}

type interQueryCache struct {
	items map[string]Value
	usage int64
	limit int64
	l     *list.List
	mtx   sync.Mutex
}

func newInterQueryCache(limit int64) *interQueryCache {
	return &interQueryCache{items: map[string]Value{}, limit: limit, l: list.New()}
}

func (c *interQueryCache) Get(k string) (Value, bool) {
	c.mtx.Lock()
	defer c.mtx.Unlock()
	v, ok := c.items[k]
	return v, ok
}

func (c *interQueryCache) Insert(k string, v Value) (dropped int) {
	c.mtx.Lock()
	defer c.mtx.Unlock()
	size := v.SizeInBytes()
	for e := c.l.Front(); e != nil && c.usage+size > c.limit; e = c.l.Front() {
		c.unsafeDelete(e.Value.(string))
		c.l.Remove(e)
		dropped++
	}
	c.items[k] = v
	c.l.PushBack(k)
	c.usage += size
	return dropped
}

func (c *interQueryCache) unsafeDelete(k string) {
	if v, ok := c.items[k]; ok {
		c.usage -= v.SizeInBytes()
		delete(c.items, k)
	}
}

type response struct{ body []byte }

func (r *response) SizeInBytes() int64 { return int64(len(r.body)) }

// httpSend runs for every policy evaluation; OPA evaluates queries on many goroutines.
func httpSend(c *interQueryCache, key string, fetch func() *response) Value {
	if v, ok := c.Get(key); ok {
		return v
	}
	resp := fetch()
	c.Insert(key, resp) // Noncompliant
	return resp
}
