// https://github.com/afex/hystrix-go/pull/26
// GetCircuit looked the name up under the read lock, released it, took the write lock
// and stored a fresh breaker without looking again. Two goroutines that both missed the
// same name each created a breaker and the second store replaced the first, so callers
// held different breakers. The fix checks the map again once the write lock is held.
package hystrix

import "sync"

// CircuitBreaker tracks the health of one named command.
type CircuitBreaker struct {
	Name      string
	open      bool
	forceOpen bool
	mutex     *sync.RWMutex
}

var (
	breakersMu *sync.RWMutex
	breakers   map[string]*CircuitBreaker
)

func init() {
	breakersMu = &sync.RWMutex{}
	breakers = make(map[string]*CircuitBreaker)
}

// GetCircuit returns the breaker for name and whether this call created it.
func GetCircuit(name string) (*CircuitBreaker, bool, error) {
	breakersMu.RLock()
	_, found := breakers[name]
	if !found {
		breakersMu.RUnlock()
		breakersMu.Lock()
		defer breakersMu.Unlock()
		breakers[name] = buildBreaker(name) // Noncompliant
	} else {
		defer breakersMu.RUnlock()
	}
	return breakers[name], !found, nil
}

func buildBreaker(name string) *CircuitBreaker {
	return &CircuitBreaker{Name: name, mutex: &sync.RWMutex{}}
}

// Go runs fn asynchronously under the breaker registered for name.
func Go(name string, fn func() error) chan error {
	errs := make(chan error, 1)
	cb, _, _ := GetCircuit(name)
	go func() {
		cb.mutex.RLock()
		blocked := cb.open || cb.forceOpen
		cb.mutex.RUnlock()
		if blocked {
			errs <- nil
			return
		}
		errs <- fn()
	}()
	return errs
}

// Flush drops every registered breaker.
func Flush() {
	breakersMu.Lock()
	defer breakersMu.Unlock()
	for name := range breakers {
		delete(breakers, name)
	}
}
