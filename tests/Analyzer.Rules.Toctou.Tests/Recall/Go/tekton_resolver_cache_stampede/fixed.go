// https://github.com/tektoncd/pipeline/issues/9364
// Fixed in PR #9365: the miss path (resolve from remote, then add to the
// cache) runs inside singleflight.Group.Do keyed by the cache key, so only
// one in-flight resolution happens per key and the others share its result.
package cache

import (
	"context"
	"time"

	"golang.org/x/sync/singleflight"
	utilcache "k8s.io/apimachinery/pkg/util/cache"
)

type sfResolverCache struct {
	cache       *utilcache.LRUExpireCache
	ttl         time.Duration
	flightGroup *singleflight.Group
}

func newSFResolverCache(maxSize int, ttl time.Duration) *sfResolverCache {
	return &sfResolverCache{
		cache:       utilcache.NewLRUExpireCache(maxSize),
		ttl:         ttl,
		flightGroup: &singleflight.Group{},
	}
}

func (c *sfResolverCache) GetCachedOrResolveFromRemote(ctx context.Context, key string, resolveFromRemote resolveFn) (ResolvedResource, error) {
	if v, found := c.cache.Get(key); found {
		if r, ok := v.(ResolvedResource); ok {
			return r, nil
		}
		c.cache.Remove(key)
	}

	v, err, _ := c.flightGroup.Do(key, func() (any, error) {
		resolved, err := resolveFromRemote()
		if err != nil {
			return nil, err
		}
		c.cache.Add(key, resolved, c.ttl)
		return resolved, nil
	})
	if err != nil {
		return nil, err
	}
	return v.(ResolvedResource), nil
}

var sharedSF = newSFResolverCache(1000, 5*time.Minute)

func reconcileAllSF(ctx context.Context, keys []string, resolve resolveFn) {
	for _, k := range keys {
		go func(key string) {
			_, _ = sharedSF.GetCachedOrResolveFromRemote(ctx, key, resolve)
		}(k)
	}
}
