// https://github.com/argoproj/argo-cd/pull/3256
// Fixed version: ensureSynced tests synced() again once it holds the lock, so only one caller syncs.
package argocache

import (
	"sync"
	"time"
)

type safeClusterInfo struct {
	lock      sync.RWMutex
	server    string
	kubectl   kubectl
	nodes     map[string]*node
	syncTime  *time.Time
	syncError error
}

func (c *safeClusterInfo) synced() bool {
	return c.syncTime != nil && time.Now().Before(c.syncTime.Add(clusterSyncTimeout))
}

func (c *safeClusterInfo) sync() error {
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

func (c *safeClusterInfo) ensureSynced() error {
	// first check if cluster is synced *without lock*
	if c.synced() {
		return c.syncError
	}
	c.lock.Lock()
	defer c.lock.Unlock()
	// before doing any work, check once again now that we have the lock, to see if it got
	// synced between the first check and now
	if c.synced() {
		return c.syncError
	}
	err := c.sync()
	syncTime := time.Now()
	c.syncTime = &syncTime
	c.syncError = err
	return c.syncError
}

func (c *safeClusterInfo) getManagedLiveObjs(appName string) []*node {
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

func SafeRefreshApps(c *safeClusterInfo, apps []string, workers int) {
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
