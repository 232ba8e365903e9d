// https://github.com/pipe-cd/pipecd/pull/7283
// getApplicationResources looked up s.applications under RLock and, on a miss,
// created and inserted the new entry while still holding only the read lock, so
// concurrent reflector callbacks and Livestate RPCs wrote the map together.
// Fix: look up under RLock, then take the write Lock and re-check before inserting.
package store

import "sync"

type manifest struct {
	uid   string
	appID string
}

type applicationResources struct {
	deployTarget string
	resources    map[string]manifest
	mu           sync.RWMutex
}

func newApplicationResources(dt string) *applicationResources {
	return &applicationResources{deployTarget: dt, resources: map[string]manifest{}}
}

func (a *applicationResources) addResource(m manifest) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.resources[m.uid] = m
}

type deployTargetResources struct {
	deployTarget string
	applications map[string]*applicationResources
	resources    map[string]manifest
	mu           sync.RWMutex
}

func (s *deployTargetResources) getApplicationResources(appID string) *applicationResources {
	s.mu.RLock()
	defer s.mu.RUnlock()

	app, ok := s.applications[appID]
	if !ok {
		app = newApplicationResources(s.deployTarget)
		s.applications[appID] = app // Noncompliant
	}
	return app
}

// onAdd is called from the informer goroutine.
func (s *deployTargetResources) onAdd(m manifest) {
	s.getApplicationResources(m.appID).addResource(m)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.resources[m.uid] = m
}

// Livestate is called from gRPC handler goroutines.
func (s *deployTargetResources) Livestate(appID string) int {
	app := s.getApplicationResources(appID)
	app.mu.RLock()
	defer app.mu.RUnlock()
	return len(app.resources)
}

func runRacy(s *deployTargetResources, events <-chan manifest) {
	go func() {
		for m := range events {
			s.onAdd(m)
		}
	}()
	for i := 0; i < 4; i++ {
		go s.Livestate("app-1")
	}
}
