// https://github.com/oneconcern/datamon/pull/211
// Fixed: a single Get both looks up and returns the value; a miss (including an entry
// evicted by another goroutine) falls through to fetching the blob.
package cafs

import (
	"sync"

	lru "github.com/hashicorp/golang-lru"
)

type safeChunkReader struct {
	lru   *lru.Cache
	fetch blobFetcher
}

func (r *safeChunkReader) cachedLeaf(k Key) ([]byte, error) {
	if v, ok := r.lru.Get(k); ok {
		return v.([]byte), nil
	}
	b, err := r.fetch(k)
	if err != nil {
		return nil, err
	}
	r.lru.Add(k, b)
	return b, nil
}

func (r *safeChunkReader) readLeaves(keys []Key) [][]byte {
	out := make([][]byte, len(keys))
	var wg sync.WaitGroup
	for i, k := range keys {
		wg.Add(1)
		go func(i int, k Key) {
			defer wg.Done()
			out[i], _ = r.cachedLeaf(k)
		}(i, k)
	}
	wg.Wait()
	return out
}
