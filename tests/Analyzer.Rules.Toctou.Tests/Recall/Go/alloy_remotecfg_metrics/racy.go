// https://github.com/grafana/alloy/pull/3272
// remotecfg Service.isEnabled registered the service metrics when s.metrics was still nil, while
// holding only the read lock. isEnabled runs from the Run polling loop and from Update, so two
// RLock holders could both see nil and both register (duplicate-registration panic, data race).
// Fix: isEnabled only reads; registration moved to Update under the write lock, keeping the nil check.
package remotecfg

import "sync"

// Stand-ins for prometheus.Registerer / prometheus.Gauge (MustRegister panics on duplicates).
type Collector interface{ Describe() string }

type Registerer interface{ MustRegister(cs ...Collector) }

type gauge struct{ name string }

func (g *gauge) Describe() string { return g.name }

type metrics struct {
	lastFetchSuccess *gauge
}

func registerMetrics(reg Registerer) *metrics {
	m := &metrics{lastFetchSuccess: &gauge{name: "remotecfg_last_load_successful"}}
	reg.MustRegister(m.lastFetchSuccess)
	return m
}

type Arguments struct{ URL string }

type Service struct {
	registerer Registerer

	mut       sync.RWMutex
	args      Arguments
	apiClient interface{}
	metrics   *metrics
}

func (s *Service) isEnabled() bool {
	s.mut.RLock()
	defer s.mut.RUnlock()

	if s.args.URL == "" || s.apiClient == nil {
		return false
	}
	if s.metrics == nil {
		s.metrics = registerMetrics(s.registerer) // Noncompliant
	}
	return true
}

func (s *Service) Update(newArgs Arguments, client interface{}) {
	s.mut.Lock()
	s.args = newArgs
	s.apiClient = client
	s.mut.Unlock()

	s.fetchLoadConfig()
}

func (s *Service) fetchLoadConfig() {
	if !s.isEnabled() {
		return
	}
}

func (s *Service) Run(tick <-chan struct{}) {
	go func() {
		for range tick {
			s.fetchLoadConfig()
		}
	}()
}
