// https://github.com/couchbase/sync_gateway/pull/4548
// Fixed version: the "is compaction running?" test and the "mark it running" write are a
// single CompareAndSwap, so only one caller can start the compaction goroutine.
package channelcache

import (
	"sync"
	"sync/atomic"
)

type atomicFlag struct {
	value int32
}

func (f *atomicFlag) Set(flag bool) {
	var v int32
	if flag {
		v = 1
	}
	atomic.StoreInt32(&f.value, v)
}

func (f *atomicFlag) IsTrue() bool {
	return atomic.LoadInt32(&f.value) == 1
}

func (f *atomicFlag) CompareAndSwap(old, new bool) bool {
	var o, n int32
	if old {
		o = 1
	}
	if new {
		n = 1
	}
	return atomic.CompareAndSwapInt32(&f.value, o, n)
}

type chanCacheEntry struct {
	channelName  string
	recentlyUsed atomicFlag
}

type chanCacheSet struct {
	cacheLock            sync.RWMutex
	channelCaches        map[string]*chanCacheEntry
	compactHighWatermark int
	compactLowWatermark  int
	compactRunning       atomicFlag
	terminator           chan struct{}
}

func (c *chanCacheSet) getOrInsert(name string) (*chanCacheEntry, int) {
	c.cacheLock.Lock()
	defer c.cacheLock.Unlock()
	cache, ok := c.channelCaches[name]
	if !ok {
		cache = &chanCacheEntry{channelName: name}
		c.channelCaches[name] = cache
	}
	return cache, len(c.channelCaches)
}

func (c *chanCacheSet) addChannelCache(channelName string) *chanCacheEntry {
	cache, cacheSize := c.getOrInsert(channelName)
	if cacheSize > c.compactHighWatermark {
		c.startCacheCompaction()
	}
	return cache
}

// startCacheCompaction starts a goroutine for cache compaction if it's not already running.
func (c *chanCacheSet) startCacheCompaction() {
	compactNotStarted := c.compactRunning.CompareAndSwap(false, true)
	if compactNotStarted {
		go c.compactChannelCache()
	}
}

func (c *chanCacheSet) compactChannelCache() {
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
