// https://github.com/grafana/alloy/pull/3272
// Fixed version: metrics are registered as the last step of Update while the write lock is held
// (the s.metrics == nil check is kept there); isEnabled no longer mutates state under RLock.
package remotecfg

import "sync"

type lockedService struct {
	registerer Registerer

	mut       sync.RWMutex
	args      Arguments
	apiClient interface{}
	metrics   *metrics
}

func (s *lockedService) isEnabled() bool {
	s.mut.RLock()
	defer s.mut.RUnlock()
	return s.args.URL != "" && s.apiClient != nil
}

func (s *lockedService) Update(newArgs Arguments, client interface{}) {
	s.mut.Lock()
	s.args = newArgs
	s.apiClient = client
	if s.metrics == nil {
		s.metrics = registerMetrics(s.registerer)
	}
	s.mut.Unlock()

	s.fetchLoadConfig()
}

func (s *lockedService) fetchLoadConfig() {
	if !s.isEnabled() {
		return
	}
}

func (s *lockedService) Run(tick <-chan struct{}) {
	go func() {
		for range tick {
			s.fetchLoadConfig()
		}
	}()
}
