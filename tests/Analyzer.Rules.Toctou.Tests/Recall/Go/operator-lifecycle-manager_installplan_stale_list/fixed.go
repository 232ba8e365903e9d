// https://github.com/operator-framework/operator-lifecycle-manager/pull/3682
// Fixed version: muInstallPlan is taken before the existing InstallPlans are listed, so the
// lookup and the creation of the InstallPlan happen under the same critical section.
package olm

import (
	"fmt"
	"sync"
)

type GuardedInstallPlan struct {
	Name       string
	Namespace  string
	Generation int
}

type guardedPlanClient struct {
	mu    sync.Mutex
	plans map[string][]*GuardedInstallPlan
	seq   int
}

func newGuardedPlanClient() *guardedPlanClient {
	return &guardedPlanClient{plans: map[string][]*GuardedInstallPlan{}}
}

func (c *guardedPlanClient) ListPlans(namespace string) []*GuardedInstallPlan {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]*GuardedInstallPlan, len(c.plans[namespace]))
	copy(out, c.plans[namespace])
	return out
}

func (c *guardedPlanClient) CreatePlan(namespace string, gen int) *GuardedInstallPlan {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.seq++
	ip := &GuardedInstallPlan{Name: fmt.Sprintf("install-%d", c.seq), Namespace: namespace, Generation: gen}
	c.plans[namespace] = append(c.plans[namespace], ip)
	return ip
}

type GuardedCatalogOperator struct {
	client        *guardedPlanClient
	muInstallPlan sync.Mutex
}

func (o *GuardedCatalogOperator) listPlans(namespace string) []*GuardedInstallPlan {
	return o.client.ListPlans(namespace)
}

func (o *GuardedCatalogOperator) ensurePlan(namespace string, gen int) *GuardedInstallPlan {
	o.muInstallPlan.Lock()
	defer o.muInstallPlan.Unlock()

	// Check if any existing installplans are creating the same resources
	installPlans := o.listPlans(namespace)

	for _, ip := range installPlans {
		if ip.Generation == gen {
			return ip
		}
	}
	return o.client.CreatePlan(namespace, gen)
}

func (o *GuardedCatalogOperator) syncNamespace(namespace string, gen int) *GuardedInstallPlan {
	return o.ensurePlan(namespace, gen)
}

func (o *GuardedCatalogOperator) RunWorkers(queue <-chan string, gen, workers int) {
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ns := range queue {
				o.syncNamespace(ns, gen)
			}
		}()
	}
	wg.Wait()
}
