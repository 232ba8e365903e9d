// https://github.com/elastic/cloud-on-k8s/pull/9193
// ClustersExpectation is documented thread-safe. ForCluster looks the cluster up in get() under
// the read lock and, on a miss, calls create(), which takes the write lock and stores a new
// Expectations unconditionally, so two callers that miss together overwrite each other's entry
// and lose recorded expectations. Fix: create() re-checks the map under the write lock.
package expectations

import "sync"

type NamespacedName struct {
	Namespace string
	Name      string
}

// Expectations tracks pending deletions for one cluster (not thread-safe itself).
type Expectations struct {
	deletions map[string]string
}

func NewExpectations() *Expectations {
	return &Expectations{deletions: map[string]string{}}
}

func (e *Expectations) ExpectDeletion(podName, uid string) {
	e.deletions[podName] = uid
}

func (e *Expectations) Satisfied() bool {
	return len(e.deletions) == 0
}

// ClustersExpectation stores Expectations for several clusters.
// It is thread-safe, but the underlying per-cluster Expectations is not.
type ClustersExpectation struct {
	clusters map[NamespacedName]*Expectations
	lock     sync.RWMutex
}

func NewClustersExpectations() *ClustersExpectation {
	return &ClustersExpectation{clusters: map[NamespacedName]*Expectations{}}
}

// ForCluster returns the expectations for the given cluster.
func (c *ClustersExpectation) ForCluster(cluster NamespacedName) *Expectations {
	expectations, ok := c.get(cluster)
	if !ok {
		expectations = c.create(cluster) // Noncompliant
	}
	return expectations
}

// RemoveCluster removes existing expectations for the given cluster.
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
	expectations := NewExpectations()
	c.lock.Lock()
	defer c.lock.Unlock()
	c.clusters[cluster] = expectations
	return expectations
}

// reconcileAll is what several controller workers do for different requests at the same time.
func reconcileAll(c *ClustersExpectation, requests []NamespacedName) {
	var wg sync.WaitGroup
	for _, req := range requests {
		wg.Add(1)
		go func(req NamespacedName) {
			defer wg.Done()
			exp := c.ForCluster(req)
			_ = exp.Satisfied()
		}(req)
	}
	wg.Wait()
}
