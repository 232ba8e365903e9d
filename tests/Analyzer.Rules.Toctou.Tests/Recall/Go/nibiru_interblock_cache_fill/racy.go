// https://github.com/NibiruChain/nibiru/pull/2727
// Inter-block CommitKVStoreCache: Get checks the ARC cache, on a miss reads the underlying store and
// then fills the cache. A concurrent Delete (block commit) can run between the store read and the
// fill, so a stale value is cached after the key was deleted (consensus halt on testnet-2).
// Fix: one RWMutex; Get holds it across lookup, store read and fill; Set/Delete take it exclusively.
package cache

type arcCache interface {
	Get(key interface{}) (interface{}, bool)
	Add(key, value interface{})
	Remove(key interface{})
}

type CommitKVStore interface {
	Get(key []byte) []byte
	Set(key, value []byte)
	Delete(key []byte)
}

// CommitKVStoreCache is shared by the block-execution goroutine (Set/Delete on commit)
// and gRPC query goroutines (Get).
type CommitKVStoreCache struct {
	CommitKVStore
	cache arcCache
}

func NewCommitKVStoreCache(store CommitKVStore, c arcCache) *CommitKVStoreCache {
	return &CommitKVStoreCache{CommitKVStore: store, cache: c}
}

func (ckv *CommitKVStoreCache) Get(key []byte) []byte {
	keyStr := string(key)
	valueI, ok := ckv.cache.Get(keyStr)
	if ok {
		return valueI.([]byte)
	}

	value := ckv.CommitKVStore.Get(key)
	ckv.cache.Add(keyStr, value) // Noncompliant
	return value
}

func (ckv *CommitKVStoreCache) Set(key, value []byte) {
	ckv.cache.Add(string(key), value)
	ckv.CommitKVStore.Set(key, value)
}

func (ckv *CommitKVStoreCache) Delete(key []byte) {
	ckv.cache.Remove(string(key))
	ckv.CommitKVStore.Delete(key)
}

func serveQueries(ckv *CommitKVStoreCache, keys <-chan []byte, out chan<- []byte) {
	go func() {
		for k := range keys {
			out <- ckv.Get(k)
		}
	}()
}
