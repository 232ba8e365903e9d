// https://github.com/argoproj/argo-workflows/pull/14703
// Fixed: the factory has an RWMutex; a miss under the read lock is re-checked
// under the write lock before the new cache is created and stored.
package cache

import "sync"

type lockedCacheFactory struct {
	caches    map[string]MemoizationCache
	namespace string
	lock      sync.RWMutex
}

func (cf *lockedCacheFactory) CacheFor(ct, name string) MemoizationCache {
	cf.lock.RLock()
	idx := ct + "." + name
	if c := cf.caches[idx]; c != nil {
		cf.lock.RUnlock()
		return c
	}
	cf.lock.RUnlock()

	cf.lock.Lock()
	defer cf.lock.Unlock()

	if c := cf.caches[idx]; c != nil {
		return c
	}
	c := NewConfigMapCache(cf.namespace, name)
	cf.caches[idx] = c
	return c
}

func operateNodesLocked(cf *lockedCacheFactory, nodes []string) {
	for _, n := range nodes {
		go func(id string) {
			_ = cf.CacheFor("ConfigMapCache", "memo").Save("key", id, "out")
		}(n)
	}
}
