// https://github.com/pipe-cd/pipecd/pull/7283
// Fixed: the lookup is done under RLock; on a miss the write Lock is taken and
// the map is checked again before a new entry is created and stored.
package store

import "sync"

type fixedAppResources struct {
	deployTarget string
	resources    map[string]manifest
	mu           sync.RWMutex
}

func newFixedAppResources(dt string) *fixedAppResources {
	return &fixedAppResources{deployTarget: dt, resources: map[string]manifest{}}
}

func (a *fixedAppResources) add(m manifest) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.resources[m.uid] = m
}

type fixedTargetResources struct {
	deployTarget string
	applications map[string]*fixedAppResources
	resources    map[string]manifest
	mu           sync.RWMutex
}

func (s *fixedTargetResources) appResources(appID string) *fixedAppResources {
	s.mu.RLock()
	app, ok := s.applications[appID]
	s.mu.RUnlock()
	if ok {
		return app
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	if app, ok = s.applications[appID]; ok {
		return app
	}
	app = newFixedAppResources(s.deployTarget)
	s.applications[appID] = app
	return app
}

func (s *fixedTargetResources) handleAdd(m manifest) {
	s.appResources(m.appID).add(m)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.resources[m.uid] = m
}

func (s *fixedTargetResources) liveCount(appID string) int {
	app := s.appResources(appID)
	app.mu.RLock()
	defer app.mu.RUnlock()
	return len(app.resources)
}

func runFixed(s *fixedTargetResources, events <-chan manifest) {
	go func() {
		for m := range events {
			s.handleAdd(m)
		}
	}()
	for i := 0; i < 4; i++ {
		go s.liveCount("app-1")
	}
}
