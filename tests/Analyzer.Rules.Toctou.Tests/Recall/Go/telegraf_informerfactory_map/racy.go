// https://github.com/influxdata/telegraf/pull/18377
// The prometheus input shares one informer factory per namespace across all
// plugin instances through a package-level map. Instances Start concurrently and
// each looks the namespace up and creates/stores a factory when missing, with no
// lock. The fix adds informerfactoryMu held across the lookup and the insert.
package prominput

import (
	"context"
	"sync"
	"time"
)

type SharedInformerFactory interface {
	Start(stop <-chan struct{})
}

type factoryStub struct{ ns string }

func (f *factoryStub) Start(stop <-chan struct{}) {}

func newSharedInformerFactory(ns string, resync time.Duration) SharedInformerFactory {
	return &factoryStub{ns: ns}
}

// Share informer per namespace across all instances of this plugin.
var informerfactory map[string]SharedInformerFactory

type Prometheus struct {
	PodNamespace string
	wg           sync.WaitGroup
	cancel       context.CancelFunc
}

func (p *Prometheus) watchPod(ctx context.Context) error {
	resync := 60 * time.Minute

	if informerfactory == nil {
		informerfactory = make(map[string]SharedInformerFactory) // Noncompliant
	}

	var f SharedInformerFactory
	var ok bool
	if f, ok = informerfactory[p.PodNamespace]; !ok {
		f = newSharedInformerFactory(p.PodNamespace, resync)
		informerfactory[p.PodNamespace] = f // Noncompliant
	}

	f.Start(ctx.Done())
	return nil
}

func (p *Prometheus) Start() error {
	ctx, cancel := context.WithCancel(context.Background())
	p.cancel = cancel
	return p.watchPod(ctx)
}

// startAll mirrors the agent starting several plugin instances at once.
func startAll(plugins []*Prometheus) {
	var wg sync.WaitGroup
	for _, p := range plugins {
		wg.Add(1)
		go func(p *Prometheus) {
			defer wg.Done()
			_ = p.Start()
		}(p)
	}
	wg.Wait()
}
