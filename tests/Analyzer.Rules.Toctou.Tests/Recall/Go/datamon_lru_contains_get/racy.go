// https://github.com/oneconcern/datamon/pull/211
// The reader asked the shared hashicorp/golang-lru cache Contains(key) and then called
// Get(key) and type-asserted the result. Each call locks on its own, so a concurrent
// Add from another reader goroutine can evict the entry in between and Get returns nil.
// The fix drops Contains and uses the ok flag that Get itself returns.
package cafs

import (
	"sync"

	lru "github.com/hashicorp/golang-lru"
)

type Key string

type blobFetcher func(k Key) ([]byte, error)

type chunkReader struct {
	lru   *lru.Cache
	fetch blobFetcher
}

func (r *chunkReader) leafBytes(k Key) ([]byte, error) {
	if r.lru.Contains(k) {
		v, _ := r.lru.Get(k) // Noncompliant
		return v.([]byte), nil
	}
	b, err := r.fetch(k)
	if err != nil {
		return nil, err
	}
	r.lru.Add(k, b)
	return b, nil
}

// readAll fetches leaves in parallel goroutines, all sharing one cache.
func (r *chunkReader) readAll(keys []Key) [][]byte {
	out := make([][]byte, len(keys))
	var wg sync.WaitGroup
	for i, k := range keys {
		wg.Add(1)
		go func(i int, k Key) {
			defer wg.Done()
			out[i], _ = r.leafBytes(k)
		}(i, k)
	}
	wg.Wait()
	return out
}
