// https://github.com/influxdata/telegraf/pull/18377
// Fixed: informerfactoryMu guards the shared per-namespace factory map, so the
// lookup, the creation and the insert (plus the reference count) happen as one
// step; Stop decrements the count under the same lock.
package prominput

import (
	"context"
	"sync"
	"time"
)

var (
	sharedFactories   map[string]SharedInformerFactory
	sharedFactoryRefs map[string]int
	sharedFactoriesMu sync.Mutex
)

type PrometheusInput struct {
	PodNamespace string
	cancel       context.CancelFunc
}

func (p *PrometheusInput) watchPods(ctx context.Context) error {
	resync := 60 * time.Minute

	sharedFactoriesMu.Lock()
	if sharedFactories == nil {
		sharedFactories = make(map[string]SharedInformerFactory)
		sharedFactoryRefs = make(map[string]int)
	}
	var f SharedInformerFactory
	var ok bool
	if f, ok = sharedFactories[p.PodNamespace]; !ok {
		f = newSharedInformerFactory(p.PodNamespace, resync)
		sharedFactories[p.PodNamespace] = f
	}
	sharedFactoryRefs[p.PodNamespace]++
	sharedFactoriesMu.Unlock()

	f.Start(ctx.Done())
	return nil
}

func (p *PrometheusInput) Start() error {
	ctx, cancel := context.WithCancel(context.Background())
	p.cancel = cancel
	return p.watchPods(ctx)
}

func (p *PrometheusInput) Stop() {
	p.cancel()
	sharedFactoriesMu.Lock()
	if sharedFactoryRefs != nil {
		sharedFactoryRefs[p.PodNamespace]--
		if sharedFactoryRefs[p.PodNamespace] <= 0 {
			delete(sharedFactories, p.PodNamespace)
			delete(sharedFactoryRefs, p.PodNamespace)
		}
	}
	sharedFactoriesMu.Unlock()
}

func startAllInputs(plugins []*PrometheusInput) {
	var wg sync.WaitGroup
	for _, p := range plugins {
		wg.Add(1)
		go func(p *PrometheusInput) {
			defer wg.Done()
			_ = p.Start()
		}(p)
	}
	wg.Wait()
}
