// https://github.com/elastic/cloud-on-k8s/pull/9193
// Fixed version: the creating path takes the write lock before anything else and
// returns an entry another goroutine stored while it waited (double-checked locking).
package expectations

import (
	"sync"
)

type ClusterKey struct {
	Namespace string
	Name      string
}

type ClusterState struct {
	generations map[string]int64
}

type ExpectationsIndex struct {
	clusters map[ClusterKey]*ClusterState
	lock     sync.RWMutex
}

func NewExpectationsIndex() *ExpectationsIndex {
	return &ExpectationsIndex{clusters: map[ClusterKey]*ClusterState{}}
}

func (c *ExpectationsIndex) For(cluster ClusterKey) *ClusterState {
	state, ok := c.lookup(cluster)
	if !ok {
		state = c.insert(cluster)
	}
	return state
}

func (c *ExpectationsIndex) Remove(cluster ClusterKey) {
	c.lock.Lock()
	defer c.lock.Unlock()
	delete(c.clusters, cluster)
}

func (c *ExpectationsIndex) lookup(cluster ClusterKey) (*ClusterState, bool) {
	c.lock.RLock()
	defer c.lock.RUnlock()
	state, ok := c.clusters[cluster]
	return state, ok
}

func (c *ExpectationsIndex) insert(cluster ClusterKey) *ClusterState {
	c.lock.Lock()
	defer c.lock.Unlock()
	if state, ok := c.clusters[cluster]; ok {
		return state
	}
	state := &ClusterState{generations: map[string]int64{}}
	c.clusters[cluster] = state
	return state
}

func reconcileEach(c *ExpectationsIndex, queue []ClusterKey) {
	var wg sync.WaitGroup
	for _, k := range queue {
		wg.Add(1)
		go func(k ClusterKey) {
			defer wg.Done()
			_ = c.For(k)
		}(k)
	}
	wg.Wait()
}
