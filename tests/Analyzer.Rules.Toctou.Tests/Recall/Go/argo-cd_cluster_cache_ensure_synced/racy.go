// https://github.com/argoproj/argo-cd/pull/3256
// clusterInfo.ensureSynced() tested c.synced() without the lock, then took c.lock and ran the full
// cluster sync. App-refresh workers that all saw "not synced" queued on c.lock and each re-ran
// sync() after the first finished, rebuilding the node map and re-listing every resource again.
// Fix: once c.lock is held, check c.synced() again and return if another worker already synced.
package argocache

import (
	"sync"
	"time"
)

const clusterSyncTimeout = 24 * time.Hour

type node struct {
	key     string
	appName string
}

type kubectl interface {
	ListResources(server string) ([]node, error)
}

type clusterInfo struct {
	lock      sync.RWMutex
	server    string
	kubectl   kubectl
	nodes     map[string]*node
	syncTime  *time.Time
	syncError error
}

func (c *clusterInfo) synced() bool {
	return c.syncTime != nil && time.Now().Before(c.syncTime.Add(clusterSyncTimeout))
}

// sync must be called with c.lock held.
func (c *clusterInfo) sync() error {
	c.nodes = make(map[string]*node)
	resources, err := c.kubectl.ListResources(c.server)
	if err != nil {
		return err
	}
	for i := range resources {
		c.nodes[resources[i].key] = &resources[i]
	}
	return nil
}

func (c *clusterInfo) ensureSynced() error {
	if c.synced() {
		return c.syncError
	}
	c.lock.Lock()
	defer c.lock.Unlock()
	err := c.sync()
	syncTime := time.Now()
	c.syncTime = &syncTime // Noncompliant
	c.syncError = err
	return c.syncError
}

func (c *clusterInfo) getManagedLiveObjs(appName string) []*node {
	c.lock.RLock()
	defer c.lock.RUnlock()
	var res []*node
	for _, n := range c.nodes {
		if n.appName == appName {
			res = append(res, n)
		}
	}
	return res
}

// Application controller status processors call this concurrently for every app.
func RefreshApps(c *clusterInfo, apps []string, workers int) {
	work := make(chan string)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for app := range work {
				if c.ensureSynced() == nil {
					_ = c.getManagedLiveObjs(app)
				}
			}
		}()
	}
	for _, a := range apps {
		work <- a
	}
	close(work)
	wg.Wait()
}
