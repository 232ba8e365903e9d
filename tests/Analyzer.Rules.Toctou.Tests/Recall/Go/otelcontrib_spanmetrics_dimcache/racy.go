// https://github.com/open-telemetry/opentelemetry-collector-contrib/pull/11149
// spanmetrics processor: ConsumeTraces first puts each span's metric key into the
// LRU dimensions cache (ContainsOrAdd), then in a separate locked step reads the
// key back to build metrics. Other ConsumeTraces calls can evict the key in
// between, giving "value not found in metricKeyToDimensions cache" and lost spans.
// Fix: one lock held over the whole aggregate+build flow, and Get then Add.
package spanmetricsprocessor

import (
	"context"
	"fmt"
	"sync"
)

type metricKey string

type span struct {
	service, name, kind, status string
}

// lruCache stands in for hashicorp/golang-lru: internally locked, bounded size.
type lruCache struct {
	mu    sync.Mutex
	items map[metricKey]map[string]string
	order []metricKey
	size  int
}

func (c *lruCache) ContainsOrAdd(k metricKey, v map[string]string) (ok, evicted bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok = c.items[k]; ok {
		return true, false
	}
	c.items[k] = v
	c.order = append(c.order, k)
	if len(c.order) > c.size {
		delete(c.items, c.order[0])
		c.order = c.order[1:]
		evicted = true
	}
	return false, evicted
}

func (c *lruCache) Get(k metricKey) (map[string]string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.items[k]
	return v, ok
}

type processorImp struct {
	lock                  sync.RWMutex
	callSum               map[metricKey]int64
	metricKeyToDimensions *lruCache
	export                func(context.Context, map[string]int64) error
}

func (p *processorImp) ConsumeTraces(ctx context.Context, spans []span) error {
	p.aggregateMetrics(spans)
	m, err := p.buildMetrics()
	if err != nil {
		return err
	}
	return p.export(ctx, m)
}

func (p *processorImp) aggregateMetrics(spans []span) {
	for _, s := range spans {
		key := metricKey(s.service + "\x00" + s.name + "\x00" + s.kind + "\x00" + s.status)
		p.metricKeyToDimensions.ContainsOrAdd(key, map[string]string{
			"service.name": s.service, "operation": s.name,
		})
		p.lock.Lock()
		p.callSum[key]++
		p.lock.Unlock()
	}
}

func (p *processorImp) buildMetrics() (map[string]int64, error) {
	p.lock.RLock()
	defer p.lock.RUnlock()
	out := make(map[string]int64, len(p.callSum))
	for key, n := range p.callSum {
		dims, ok := p.metricKeyToDimensions.Get(key) // Noncompliant
		if !ok {
			return nil, fmt.Errorf("value not found in metricKeyToDimensions cache by key %q", key)
		}
		out[dims["service.name"]+"/"+dims["operation"]] += n
	}
	return out, nil
}
