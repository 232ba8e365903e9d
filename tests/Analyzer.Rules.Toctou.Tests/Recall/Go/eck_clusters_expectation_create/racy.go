// https://github.com/elastic/cloud-on-k8s/pull/9193
// ClustersExpectation.ForCluster looked the cluster up with get() under the read lock,
// released it, and on a miss called create(), which took the write lock and stored a
// fresh Expectations unconditionally. Two reconcile goroutines for the same cluster can
// both miss; the second overwrites the first one's Expectations and its state is lost.
// Fix: create() takes the lock first and re-checks the map before inserting.
package expectations

import (
	"sync"
)

type NamespacedName struct {
	Namespace string
	Name      string
}

type Client interface{}

// Expectations tracks generations / deletions expected for one cluster.
type Expectations struct {
	client      Client
	generations map[string]int64
}

func NewExpectations(client Client) *Expectations {
	return &Expectations{client: client, generations: map[string]int64{}}
}

// ClustersExpectation stores Expectations for several clusters.
type ClustersExpectation struct {
	client   Client
	clusters map[NamespacedName]*Expectations
	lock     sync.RWMutex
}

func NewClustersExpectations(client Client) *ClustersExpectation {
	return &ClustersExpectation{client: client, clusters: map[NamespacedName]*Expectations{}}
}

// ForCluster returns the expectations for the given cluster.
func (c *ClustersExpectation) ForCluster(cluster NamespacedName) *Expectations {
	expectations, ok := c.get(cluster)
	if !ok {
		expectations = c.create(cluster) // Noncompliant
	}
	return expectations
}

func (c *ClustersExpectation) RemoveCluster(cluster NamespacedName) {
	c.lock.Lock()
	defer c.lock.Unlock()
	delete(c.clusters, cluster)
}

func (c *ClustersExpectation) get(cluster NamespacedName) (*Expectations, bool) {
	c.lock.RLock()
	defer c.lock.RUnlock()
	expectations, ok := c.clusters[cluster]
	return expectations, ok
}

func (c *ClustersExpectation) create(cluster NamespacedName) *Expectations {
	expectations := NewExpectations(c.client)
	c.lock.Lock()
	defer c.lock.Unlock()
	c.clusters[cluster] = expectations
	return expectations
}

// reconcileAll mimics the controller running several reconcile workers at once.
func reconcileAll(c *ClustersExpectation, queue []NamespacedName) {
	var wg sync.WaitGroup
	for _, nn := range queue {
		wg.Add(1)
		go func(nn NamespacedName) {
			defer wg.Done()
			_ = c.ForCluster(nn)
		}(nn)
	}
	wg.Wait()
}
