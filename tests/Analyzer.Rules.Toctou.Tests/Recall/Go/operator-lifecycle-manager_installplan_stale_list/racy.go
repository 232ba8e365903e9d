// https://github.com/operator-framework/operator-lifecycle-manager/pull/3682
// Two namespace-queue workers can run ensureInstallPlan for the same namespace at once. The
// existing InstallPlans are listed before muInstallPlan is taken, so a worker that waited for the
// lock decides from a stale list and creates a second InstallPlan for the same generation.
// Fix: take muInstallPlan first and list the InstallPlans while holding it.
package olm

import (
	"fmt"
	"sync"
)

type InstallPlan struct {
	Name       string
	Namespace  string
	Generation int
}

// planClient stands in for the InstallPlan API client / lister.
type planClient struct {
	mu    sync.Mutex
	plans map[string][]*InstallPlan
	seq   int
}

func newPlanClient() *planClient {
	return &planClient{plans: map[string][]*InstallPlan{}}
}

func (c *planClient) List(namespace string) []*InstallPlan {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]*InstallPlan, len(c.plans[namespace]))
	copy(out, c.plans[namespace])
	return out
}

func (c *planClient) Create(namespace string, gen int) *InstallPlan {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.seq++
	ip := &InstallPlan{Name: fmt.Sprintf("install-%d", c.seq), Namespace: namespace, Generation: gen}
	c.plans[namespace] = append(c.plans[namespace], ip)
	return ip
}

type CatalogOperator struct {
	client        *planClient
	muInstallPlan sync.Mutex
}

func (o *CatalogOperator) listInstallPlans(namespace string) []*InstallPlan {
	return o.client.List(namespace)
}

func (o *CatalogOperator) ensureInstallPlan(namespace string, gen int) *InstallPlan {
	// Check if any existing installplans are creating the same resources
	installPlans := o.listInstallPlans(namespace)

	o.muInstallPlan.Lock()
	defer o.muInstallPlan.Unlock()

	for _, ip := range installPlans {
		if ip.Generation == gen {
			return ip
		}
	}
	return o.client.Create(namespace, gen) // Noncompliant
}

func (o *CatalogOperator) syncResolvingNamespace(namespace string, gen int) *InstallPlan {
	return o.ensureInstallPlan(namespace, gen)
}

// RunNamespaceWorkers mirrors the catalog operator's namespace queue with several workers.
func (o *CatalogOperator) RunNamespaceWorkers(queue <-chan string, gen, workers int) {
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ns := range queue {
				o.syncResolvingNamespace(ns, gen)
			}
		}()
	}
	wg.Wait()
}
