// https://github.com/aws/aws-advanced-go-wrapper/issues/502
// MonitorManager.RunIfAbsent read the monitor cache, built a monitor, did PutIfAbsent and then
// called Start on the monitor it had built. Concurrent callers for one key all missed the cache,
// and every one of them started its own monitor although the cache kept only one of them.
// Fix (PR #503): one initialization lock plus an in-flight map per key, so only one caller builds and starts.
package monitor

import (
	"sync"
	"time"
)

type Monitor interface {
	Start()
	Stop()
}

type monitorItem struct {
	monitor   Monitor
	expiresAt time.Time
}

// rwMap mirrors utils.RWMap: every call takes the lock on its own.
type rwMap struct {
	mu sync.RWMutex
	m  map[string]*monitorItem
}

func (r *rwMap) Get(key string) (*monitorItem, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	v, ok := r.m[key]
	return v, ok
}

func (r *rwMap) PutIfAbsent(key string, v *monitorItem) *monitorItem {
	r.mu.Lock()
	defer r.mu.Unlock()
	if old, ok := r.m[key]; ok {
		return old
	}
	r.m[key] = v
	return v
}

type cacheContainer struct {
	expiration time.Duration
	cache      *rwMap
}

func (c *cacheContainer) runIfAbsent(key string, supplier func() (Monitor, error)) (Monitor, error) {
	if existing, ok := c.cache.Get(key); ok && existing != nil {
		existing.expiresAt = time.Now().Add(c.expiration)
		return existing.monitor, nil
	}

	monitor, err := supplier()
	if err != nil {
		return nil, err
	}
	item := &monitorItem{monitor: monitor, expiresAt: time.Now().Add(c.expiration)}
	c.cache.PutIfAbsent(key, item)
	monitor.Start() // Noncompliant
	return monitor, nil
}

// Many connection requests call RunIfAbsent for the same topology key at once.
func connectAll(c *cacheContainer, n int, supplier func() (Monitor, error)) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = c.runIfAbsent("cluster-topology", supplier)
		}()
	}
	wg.Wait()
}
