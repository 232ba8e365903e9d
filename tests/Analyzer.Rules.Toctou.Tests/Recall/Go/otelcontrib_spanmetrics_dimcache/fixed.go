// https://github.com/open-telemetry/opentelemetry-collector-contrib/pull/11149
// Fixed shape: ConsumeTraces takes the processor lock once and keeps it over
// caching the keys and reading them back, and a cache hit goes through Get so
// the key's recency is refreshed before Add is used for misses.
package spanmetricsprocessor

import (
	"context"
	"sync"
)

type dimKey string

type traceSpan struct {
	service, name, kind, status string
}

type dimsLRU struct {
	mu    sync.Mutex
	items map[dimKey]map[string]string
	order []dimKey
	size  int
}

func (c *dimsLRU) Get(k dimKey) (map[string]string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.items[k]
	return v, ok
}

func (c *dimsLRU) Add(k dimKey, v map[string]string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[k] = v
	c.order = append(c.order, k)
	if len(c.order) > c.size {
		delete(c.items, c.order[0])
		c.order = c.order[1:]
		return true
	}
	return false
}

type spanMetricsProc struct {
	lock     sync.Mutex
	calls    map[dimKey]int64
	dimCache *dimsLRU
	exportFn func(context.Context, map[string]int64) error
}

func (p *spanMetricsProc) ConsumeTraces(ctx context.Context, spans []traceSpan) error {
	p.lock.Lock()
	p.aggregate(spans)
	m := p.build()
	p.lock.Unlock()
	return p.exportFn(ctx, m)
}

func (p *spanMetricsProc) aggregate(spans []traceSpan) {
	for _, s := range spans {
		key := dimKey(s.service + "\x00" + s.name + "\x00" + s.kind + "\x00" + s.status)
		if _, ok := p.dimCache.Get(key); !ok {
			p.dimCache.Add(key, map[string]string{
				"service.name": s.service, "operation": s.name,
			})
		}
		p.calls[key]++
	}
}

func (p *spanMetricsProc) build() map[string]int64 {
	out := make(map[string]int64, len(p.calls))
	for key, n := range p.calls {
		if dims, ok := p.dimCache.Get(key); ok {
			out[dims["service.name"]+"/"+dims["operation"]] += n
		}
	}
	return out
}
