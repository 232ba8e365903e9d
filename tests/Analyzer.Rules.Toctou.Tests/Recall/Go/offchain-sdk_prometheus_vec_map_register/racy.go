// https://github.com/berachain/offchain-sdk/pull/113
// The Prometheus telemetry backend kept plain maps from metric name to CounterVec. Count looked
// the name up and, when missing, built a new vector, registered it with the global registry via
// MustRegister and stored it in the map, all without any lock. Jobs run on many worker
// goroutines, so two of them could miss the same name together; the second MustRegister panicked
// with a duplicate-registration error (and the map writes raced). The fix moved the maps behind an
// RWMutex-backed map and used Register, adopting the already-registered collector on conflict.
package prometheus

import "sync"

type CounterVec struct {
	name  string
	mu    sync.Mutex
	value float64
}

func (c *CounterVec) Add(v float64) { c.mu.Lock(); c.value += v; c.mu.Unlock() }

type AlreadyRegisteredError struct{ Existing *CounterVec }

func (AlreadyRegisteredError) Error() string { return "duplicate metrics collector registration attempted" }

// Registry stands in for the global prometheus registry: Register itself is atomic.
type Registry struct {
	mu   sync.Mutex
	byID map[string]*CounterVec
}

func (r *Registry) Register(c *CounterVec) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if old, ok := r.byID[c.name]; ok {
		return AlreadyRegisteredError{Existing: old}
	}
	r.byID[c.name] = c
	return nil
}

func (r *Registry) MustRegister(c *CounterVec) {
	if err := r.Register(c); err != nil {
		panic(err)
	}
}

var DefaultRegistry = &Registry{byID: map[string]*CounterVec{}}

type metrics struct {
	counterVecs map[string]*CounterVec
}

// Count is called from every job goroutine of the app's worker pool.
func (p *metrics) Count(name string, value int64) {
	counterVec, exists := p.counterVecs[name]
	if !exists {
		counterVec = &CounterVec{name: name}
		DefaultRegistry.MustRegister(counterVec)
		p.counterVecs[name] = counterVec         // Noncompliant
	}
	counterVec.Add(float64(value))
}

func RunJobs(p *metrics, jobs []string) {
	var wg sync.WaitGroup
	for _, j := range jobs {
		wg.Add(1)
		go func(job string) {
			defer wg.Done()
			p.Count("job_executions", 1)
		}(j)
	}
	wg.Wait()
}

