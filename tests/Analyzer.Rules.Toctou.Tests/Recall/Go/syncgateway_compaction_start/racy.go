// https://github.com/couchbase/sync_gateway/pull/4548
// channelCacheImpl.addChannelCache (called by every changes/feed goroutine that touches a
// new channel) tested !isCompactActive() and then called startCacheCompaction(), which set
// compactRunning and spawned the compaction goroutine. Two callers could both see the flag
// unset and start two compactions. Fix (CBG-763): startCacheCompaction uses
// compactRunning.CompareAndSwap(false, true) and only the winner spawns the goroutine.
package channelcache

import (
	"sync"
	"sync/atomic"
)

// AtomicBool mirrors the flag type from sync_gateway's base package.
type AtomicBool struct {
	value int32
}

func (ab *AtomicBool) Set(flag bool) {
	var v int32
	if flag {
		v = 1
	}
	atomic.StoreInt32(&ab.value, v)
}

func (ab *AtomicBool) IsTrue() bool {
	return atomic.LoadInt32(&ab.value) == 1
}

type singleChannelCache struct {
	channelName  string
	recentlyUsed AtomicBool
}

type channelCacheImpl struct {
	cacheLock            sync.RWMutex
	channelCaches        map[string]*singleChannelCache
	compactHighWatermark int
	compactLowWatermark  int
	compactRunning       AtomicBool
	terminator           chan struct{}
}

func (c *channelCacheImpl) getOrInsert(name string) (*singleChannelCache, int) {
	c.cacheLock.Lock()
	defer c.cacheLock.Unlock()
	cache, ok := c.channelCaches[name]
	if !ok {
		cache = &singleChannelCache{channelName: name}
		c.channelCaches[name] = cache
	}
	return cache, len(c.channelCaches)
}

func (c *channelCacheImpl) addChannelCache(channelName string) *singleChannelCache {
	cache, cacheSize := c.getOrInsert(channelName)
	if !c.isCompactActive() && cacheSize > c.compactHighWatermark {
		c.startCacheCompaction() // Noncompliant
	}
	return cache
}

func (c *channelCacheImpl) isCompactActive() bool {
	return c.compactRunning.IsTrue()
}

func (c *channelCacheImpl) startCacheCompaction() {
	c.compactRunning.Set(true)
	go c.compactChannelCache()
}

// compactChannelCache evicts not-recently-used channels until the low watermark.
func (c *channelCacheImpl) compactChannelCache() {
	defer c.compactRunning.Set(false)
	c.cacheLock.Lock()
	defer c.cacheLock.Unlock()
	for name, cache := range c.channelCaches {
		if len(c.channelCaches) <= c.compactLowWatermark {
			return
		}
		select {
		case <-c.terminator:
			return
		default:
		}
		if cache.recentlyUsed.IsTrue() {
			cache.recentlyUsed.Set(false)
			continue
		}
		delete(c.channelCaches, name)
	}
}
