// https://github.com/tektoncd/pipeline/issues/9364
// Resolver cache: Use() looks the key up in the shared LRU cache and, on a
// miss, resolves from the remote registry and then adds the result. Many
// reconciler goroutines can miss the same key at once, so each one pulls the
// bundle upstream. PR #9365 runs resolve+add under singleflight per key.
package cache

import (
	"context"
	"time"

	utilcache "k8s.io/apimachinery/pkg/util/cache"
)

type ResolvedResource interface {
	Data() []byte
}

type resolveFn = func() (ResolvedResource, error)

type resolverCache struct {
	cache *utilcache.LRUExpireCache
	ttl   time.Duration
}

func newResolverCache(maxSize int, ttl time.Duration) *resolverCache {
	return &resolverCache{cache: utilcache.NewLRUExpireCache(maxSize), ttl: ttl}
}

func (c *resolverCache) Get(key string) (ResolvedResource, bool) {
	v, ok := c.cache.Get(key)
	if !ok {
		return nil, false
	}
	r, ok := v.(ResolvedResource)
	return r, ok
}

func (c *resolverCache) Add(key string, r ResolvedResource) ResolvedResource {
	c.cache.Add(key, r, c.ttl)
	return r
}

var shared = newResolverCache(1000, 5*time.Minute)

// Use is called concurrently by the resolver reconciler workers.
func Use(ctx context.Context, key string, resolve resolveFn) (ResolvedResource, error) {
	if cached, ok := shared.Get(key); ok {
		return cached, nil
	}

	resource, err := resolve()
	if err != nil {
		return nil, err
	}
	return shared.Add(key, resource), nil // Noncompliant
}

func reconcileAll(ctx context.Context, keys []string, resolve resolveFn) {
	for _, k := range keys {
		go func(key string) {
			_, _ = Use(ctx, key, resolve)
		}(k)
	}
}
