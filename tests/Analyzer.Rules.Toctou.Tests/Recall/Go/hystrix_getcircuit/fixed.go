// https://github.com/afex/hystrix-go/pull/26
// Fixed version: after trading the read lock for the write lock the map is consulted
// again, and an existing breaker created by another goroutine meanwhile is returned
// instead of being overwritten.
package hystrix

import "sync"

// Breaker tracks the health of one named command.
type Breaker struct {
	Name      string
	tripped   bool
	forceTrip bool
	guard     *sync.RWMutex
}

var (
	registryMu *sync.RWMutex
	registry   map[string]*Breaker
)

func init() {
	registryMu = &sync.RWMutex{}
	registry = make(map[string]*Breaker)
}

// LookupBreaker returns the breaker for name and whether this call created it.
func LookupBreaker(name string) (*Breaker, bool, error) {
	registryMu.RLock()
	_, found := registry[name]
	if !found {
		registryMu.RUnlock()
		registryMu.Lock()
		defer registryMu.Unlock()
		if existing, ok := registry[name]; ok {
			return existing, false, nil
		}
		registry[name] = makeBreaker(name)
	} else {
		defer registryMu.RUnlock()
	}
	return registry[name], !found, nil
}

func makeBreaker(name string) *Breaker {
	return &Breaker{Name: name, guard: &sync.RWMutex{}}
}

// RunAsync runs fn asynchronously under the breaker registered for name.
func RunAsync(name string, fn func() error) chan error {
	results := make(chan error, 1)
	b, _, _ := LookupBreaker(name)
	go func() {
		b.guard.RLock()
		blocked := b.tripped || b.forceTrip
		b.guard.RUnlock()
		if blocked {
			results <- nil
			return
		}
		results <- fn()
	}()
	return results
}

// Reset drops every registered breaker.
func Reset() {
	registryMu.Lock()
	defer registryMu.Unlock()
	for name := range registry {
		delete(registry, name)
	}
}
