// https://github.com/open-policy-agent/opa/pull/5361
// Fixed version: the insert tolerates a concurrent insert of the same key by deleting the old
// entry (and its size) under the cache lock before storing the new one.
package cache

import (
	"container/list"
	"sync"
)

type builtinCache struct {
	items map[string]Value
	usage int64
	limit int64
	l     *list.List
	mtx   sync.Mutex
}

func newBuiltinCache(limit int64) *builtinCache {
	return &builtinCache{items: map[string]Value{}, limit: limit, l: list.New()}
}

func (c *builtinCache) Lookup(k string) (Value, bool) {
	c.mtx.Lock()
	defer c.mtx.Unlock()
	v, ok := c.items[k]
	return v, ok
}

func (c *builtinCache) Store(k string, v Value) (dropped int) {
	c.mtx.Lock()
	defer c.mtx.Unlock()
	size := v.SizeInBytes()
	for e := c.l.Front(); e != nil && c.usage+size > c.limit; e = c.l.Front() {
		c.remove(e.Value.(string))
		dropped++
	}
	// Deleting the old value, if any, keeps usage correct.
	c.remove(k)
	c.items[k] = v
	c.l.PushBack(k)
	c.usage += size
	return dropped
}

func (c *builtinCache) remove(k string) {
	v, ok := c.items[k]
	if !ok {
		return
	}
	c.usage -= v.SizeInBytes()
	delete(c.items, k)
	for e := c.l.Front(); e != nil; e = e.Next() {
		if e.Value.(string) == k {
			c.l.Remove(e)
			break
		}
	}
}

func httpSendCached(c *builtinCache, key string, fetch func() *response) Value {
	if v, ok := c.Lookup(key); ok {
		return v
	}
	resp := fetch()
	c.Store(key, resp)
	return resp
}
