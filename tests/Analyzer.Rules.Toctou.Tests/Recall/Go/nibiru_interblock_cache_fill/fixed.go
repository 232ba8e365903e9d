// https://github.com/NibiruChain/nibiru/pull/2727
// Fixed version: a sync.RWMutex covers the whole cache-miss sequence in Get (read lock) and the
// cache+store mutation in Set/Delete (write lock), so a fill can no longer interleave with a delete.
package cache

import "sync"

type LockedKVStoreCache struct {
	CommitKVStore
	mtx   sync.RWMutex
	cache arcCache
}

func NewLockedKVStoreCache(store CommitKVStore, c arcCache) *LockedKVStoreCache {
	return &LockedKVStoreCache{CommitKVStore: store, cache: c}
}

func (ckv *LockedKVStoreCache) Get(key []byte) []byte {
	ckv.mtx.RLock()
	defer ckv.mtx.RUnlock()

	keyStr := string(key)
	valueI, ok := ckv.cache.Get(keyStr)
	if ok {
		return valueI.([]byte)
	}

	value := ckv.CommitKVStore.Get(key)
	ckv.cache.Add(keyStr, value)
	return value
}

func (ckv *LockedKVStoreCache) Set(key, value []byte) {
	ckv.mtx.Lock()
	defer ckv.mtx.Unlock()
	ckv.cache.Add(string(key), value)
	ckv.CommitKVStore.Set(key, value)
}

func (ckv *LockedKVStoreCache) Delete(key []byte) {
	ckv.mtx.Lock()
	defer ckv.mtx.Unlock()
	ckv.cache.Remove(string(key))
	ckv.CommitKVStore.Delete(key)
}

func serveLockedQueries(ckv *LockedKVStoreCache, keys <-chan []byte, out chan<- []byte) {
	go func() {
		for k := range keys {
			out <- ckv.Get(k)
		}
	}()
}
