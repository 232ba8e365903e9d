// https://github.com/apache/dubbo-go/issues/1953 (fix: https://github.com/apache/dubbo-go/pull/1961)
// Fixed version: the registry's atomic Register decides which counter wins; only a successfully
// registered counter is stored, and a loser increments the already registered collector.
package prometheus

import (
	"sync"
	"sync/atomic"
)

type UserCounter struct {
	name  string
	value int64
}

func (c *UserCounter) Inc() { atomic.AddInt64(&c.value, 1) }

type DuplicateCollectorError struct {
	Existing *UserCounter
}

func (e DuplicateCollectorError) Error() string { return "duplicate metrics collector registration attempted" }

type metricRegistry struct {
	mu         sync.Mutex
	collectors map[string]*UserCounter
}

func (r *metricRegistry) Register(c *UserCounter) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if existing, ok := r.collectors[c.name]; ok {
		return DuplicateCollectorError{Existing: existing}
	}
	r.collectors[c.name] = c
	return nil
}

var Registerer = &metricRegistry{collectors: make(map[string]*UserCounter)}

type MetricsReporter struct {
	namespace    string
	userCounters sync.Map // name -> *UserCounter
}

func (reporter *MetricsReporter) incCounter(counterName string) {
	if val, exist := reporter.userCounters.Load(counterName); exist {
		val.(*UserCounter).Inc()
		return
	}

	counter := &UserCounter{name: reporter.namespace + "_" + counterName}
	err := Registerer.Register(counter)
	if err == nil {
		reporter.userCounters.Store(counterName, counter)
		counter.Inc()
	} else if dup, ok := err.(DuplicateCollectorError); ok {
		// A counter for that metric was registered first by another goroutine; use it.
		dup.Existing.Inc()
	}
}
