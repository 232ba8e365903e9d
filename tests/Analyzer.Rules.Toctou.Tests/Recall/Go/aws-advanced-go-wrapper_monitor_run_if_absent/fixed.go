// https://github.com/aws/aws-advanced-go-wrapper/issues/502
// Fixed as in PR #503: the cache check and the registration of an in-flight initialization happen
// under one initializationLock; only the first caller builds, caches and starts the monitor,
// the others wait on the in-flight entry and get the same monitor.
package monitor

import (
	"sync"
	"time"
)

type safeMonitorItem struct {
	monitor   Monitor
	expiresAt time.Time
}

type monitorInitialization struct {
	done    chan struct{}
	monitor Monitor
	err     error
}

type safeCacheContainer struct {
	expiration             time.Duration
	initializationLock     sync.Mutex
	cache                  map[string]*safeMonitorItem
	monitorInitializations map[string]*monitorInitialization
}

func (c *safeCacheContainer) runIfAbsentOnce(key string, supplier func() (Monitor, error)) (Monitor, error) {
	c.initializationLock.Lock()
	if existing, ok := c.cache[key]; ok && existing != nil {
		existing.expiresAt = time.Now().Add(c.expiration)
		c.initializationLock.Unlock()
		return existing.monitor, nil
	}
	if initialization, ok := c.monitorInitializations[key]; ok {
		c.initializationLock.Unlock()
		<-initialization.done
		return initialization.monitor, initialization.err
	}
	initialization := &monitorInitialization{done: make(chan struct{})}
	c.monitorInitializations[key] = initialization
	c.initializationLock.Unlock()

	monitor, err := supplier()

	c.initializationLock.Lock()
	if err == nil {
		c.cache[key] = &safeMonitorItem{monitor: monitor, expiresAt: time.Now().Add(c.expiration)}
		monitor.Start()
	}
	initialization.monitor = monitor
	initialization.err = err
	delete(c.monitorInitializations, key)
	close(initialization.done)
	c.initializationLock.Unlock()
	return monitor, err
}

func connectAllSafely(c *safeCacheContainer, n int, supplier func() (Monitor, error)) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = c.runIfAbsentOnce("cluster-topology", supplier)
		}()
	}
	wg.Wait()
}
