// https://github.com/volcano-sh/kthena/pull/1157
// handleErrorPod ran from informer callbacks: it did graceMap.Load(key) and, when the key was
// absent, graceMap.Store(key, now). Two goroutines could both see the key absent and both start
// grace-period handling (duplicate delete/recreate of the same failed pod).
// Fix: a single graceMap.LoadOrStore so exactly one caller claims the pod.
package controller

import (
	"sync"
	"time"
)

type Pod struct {
	Namespace string
	Name      string
}

type podClient interface {
	Delete(namespace, name string) error
}

type ServingController struct {
	graceMap sync.Map // key: namespace/name, value: time the failure was seen
	pods     podClient
	grace    time.Duration
}

func podKey(p *Pod) string { return p.Namespace + "/" + p.Name }

// onPodUpdate is registered as the informer UpdateFunc; informer handlers and the
// initial sync call it from different goroutines.
func (c *ServingController) onPodUpdate(p *Pod) {
	_ = c.handleErrorPod(p)
}

func (c *ServingController) handleErrorPod(p *Pod) error {
	key := podKey(p)
	if _, exists := c.graceMap.Load(key); exists {
		return nil
	}
	c.graceMap.Store(key, time.Now()) // Noncompliant
	go c.afterGrace(p)
	return nil
}

func (c *ServingController) afterGrace(p *Pod) {
	time.Sleep(c.grace)
	defer c.graceMap.Delete(podKey(p))
	_ = c.pods.Delete(p.Namespace, p.Name)
}
