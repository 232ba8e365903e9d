// https://github.com/argoproj/argo-workflows/pull/14703
// Operator goroutines call cacheFactory.GetCache; a miss in the caches map built and stored a
// new ConfigMap cache with no lock, so parallel nodes got separate caches whose Load/Save locks
// did not serialize each other (issue #14701). Fix: RWMutex on the factory, re-checking the map
// under the write lock before creating the cache.
package cache

import "sync"

type MemoizationCache interface {
	Load(key string) (string, bool)
	Save(key, nodeID, value string) error
}

type configMapCache struct {
	namespace string
	name      string
	locked    sync.RWMutex
}

func (c *configMapCache) Load(key string) (string, bool) {
	c.locked.RLock()
	defer c.locked.RUnlock()
	return "", false
}

func (c *configMapCache) Save(key, nodeID, value string) error {
	c.locked.Lock()
	defer c.locked.Unlock()
	return nil
}

func NewConfigMapCache(ns, name string) MemoizationCache {
	return &configMapCache{namespace: ns, name: name}
}

type cacheFactory struct {
	caches    map[string]MemoizationCache
	namespace string
}

// GetCache returns a cache if it exists and creates it otherwise.
func (cf *cacheFactory) GetCache(ct, name string) MemoizationCache {
	idx := ct + "." + name
	if c := cf.caches[idx]; c != nil {
		return c
	}
	c := NewConfigMapCache(cf.namespace, name)
	cf.caches[idx] = c // Noncompliant
	return c
}

func operateNodes(cf *cacheFactory, nodes []string) {
	for _, n := range nodes {
		go func(id string) {
			_ = cf.GetCache("ConfigMapCache", "memo").Save("key", id, "out")
		}(n)
	}
}
