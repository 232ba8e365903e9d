// https://github.com/volcano-sh/kthena/pull/1157
// Fixed version: the presence check and the insert are one graceMap.LoadOrStore call, so only
// the goroutine that actually stored the entry starts grace-period handling.
package controller

import (
	"sync"
	"time"
)

type podDeleter interface {
	Delete(namespace, name string) error
}

type FixedServingController struct {
	graceMap sync.Map
	pods     podDeleter
	grace    time.Duration
}

func fixedPodKey(p *Pod) string { return p.Namespace + "/" + p.Name }

func (c *FixedServingController) onPodUpdateFixed(p *Pod) {
	_ = c.handleErrorPodFixed(p)
}

func (c *FixedServingController) handleErrorPodFixed(p *Pod) error {
	key := fixedPodKey(p)
	if _, loaded := c.graceMap.LoadOrStore(key, time.Now()); loaded {
		return nil
	}
	go c.afterGraceFixed(p)
	return nil
}

func (c *FixedServingController) afterGraceFixed(p *Pod) {
	time.Sleep(c.grace)
	defer c.graceMap.Delete(fixedPodKey(p))
	_ = c.pods.Delete(p.Namespace, p.Name)
}
