// https://github.com/apache/dubbo-go/issues/1953 (fix: https://github.com/apache/dubbo-go/pull/1961)
// incCounter looked a user counter up in a sync.Map and, on a miss, created a counter, registered
// it with the default Prometheus registerer (ignoring the error), stored it in the map and
// incremented it. Metric filters call it for every invocation from many goroutines, so two calls
// for a new name could both miss: the registry kept only the first counter and answered the second
// with AlreadyRegisteredError, yet the second counter was stored over the first and later
// increments went to a counter that is never exported ("some metrics never changed"). The fix
// stores the new counter only when Register succeeds and otherwise increments the collector that
// AlreadyRegisteredError returns, so the registry picks the single winner.
// (collectorRegistry below stands in for prometheus.DefaultRegisterer.)
package prometheus

import (
	"sync"
	"sync/atomic"
)

type Counter struct {
	name  string
	value int64
}

func (c *Counter) Inc() { atomic.AddInt64(&c.value, 1) }

type AlreadyRegisteredError struct {
	ExistingCollector *Counter
}

func (e AlreadyRegisteredError) Error() string { return "duplicate metrics collector registration attempted" }

// collectorRegistry registers each metric name once; its Register is atomic.
type collectorRegistry struct {
	mu         sync.Mutex
	collectors map[string]*Counter
}

func (r *collectorRegistry) Register(c *Counter) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if existing, ok := r.collectors[c.name]; ok {
		return AlreadyRegisteredError{ExistingCollector: existing}
	}
	r.collectors[c.name] = c
	return nil
}

var DefaultRegisterer = &collectorRegistry{collectors: make(map[string]*Counter)}

type PrometheusReporter struct {
	namespace   string
	userCounter sync.Map // name -> *Counter
}

// incCounter is called by the metrics filter for every RPC invocation.
func (reporter *PrometheusReporter) incCounter(counterName string) {
	if val, exist := reporter.userCounter.Load(counterName); !exist {
		newCounter := &Counter{name: reporter.namespace + "_" + counterName}
		_ = DefaultRegisterer.Register(newCounter)
		reporter.userCounter.Store(counterName, newCounter) // Noncompliant
		newCounter.Inc()
	} else {
		val.(*Counter).Inc()
	}
}
