// https://github.com/elastic/cloud-on-k8s/pull/9193
// Fixed version: the creating path takes the write lock first and checks the map again, returning
// the Expectations that another goroutine may have stored while this one waited for the lock.
package expectations

import "sync"

type ClusterKey struct {
	Namespace string
	Name      string
}

type PodExpectations struct {
	deletions map[string]string
}

func NewPodExpectations() *PodExpectations {
	return &PodExpectations{deletions: map[string]string{}}
}

func (e *PodExpectations) ExpectPodDeletion(podName, uid string) {
	e.deletions[podName] = uid
}

func (e *PodExpectations) AllSatisfied() bool {
	return len(e.deletions) == 0
}

type SafeClustersExpectation struct {
	clusters map[ClusterKey]*PodExpectations
	lock     sync.RWMutex
}

func NewSafeClustersExpectations() *SafeClustersExpectation {
	return &SafeClustersExpectation{clusters: map[ClusterKey]*PodExpectations{}}
}

func (c *SafeClustersExpectation) ExpectationsFor(cluster ClusterKey) *PodExpectations {
	expectations, ok := c.lookup(cluster)
	if !ok {
		expectations = c.getOrCreate(cluster)
	}
	return expectations
}

func (c *SafeClustersExpectation) Forget(cluster ClusterKey) {
	c.lock.Lock()
	defer c.lock.Unlock()
	delete(c.clusters, cluster)
}

func (c *SafeClustersExpectation) lookup(cluster ClusterKey) (*PodExpectations, bool) {
	c.lock.RLock()
	defer c.lock.RUnlock()
	expectations, ok := c.clusters[cluster]
	return expectations, ok
}

func (c *SafeClustersExpectation) getOrCreate(cluster ClusterKey) *PodExpectations {
	c.lock.Lock()
	defer c.lock.Unlock()
	// Double-check: another goroutine may have created it while we waited for the lock.
	if expectations, ok := c.clusters[cluster]; ok {
		return expectations
	}
	expectations := NewPodExpectations()
	c.clusters[cluster] = expectations
	return expectations
}

func reconcileRequests(c *SafeClustersExpectation, requests []ClusterKey) {
	var wg sync.WaitGroup
	for _, req := range requests {
		wg.Add(1)
		go func(req ClusterKey) {
			defer wg.Done()
			exp := c.ExpectationsFor(req)
			_ = exp.AllSatisfied()
		}(req)
	}
	wg.Wait()
}
