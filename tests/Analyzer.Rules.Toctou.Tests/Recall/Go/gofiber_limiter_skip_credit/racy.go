// https://github.com/gofiber/fiber/pull/4422
// Fixed-window limiter: with SkipSuccessfulRequests the hit counted before c.Next() is credited back
// afterwards in a second critical section. The credit decremented currHits unconditionally, although the
// window may have rolled over (or another request reset the entry) after the first section released mux,
// so currHits could underflow. Fix: re-check under the lock that the entry is still the same window.
package limiter

import (
	"sync"
	"time"
)

type item struct {
	currHits int
	exp      uint64
}

type manager struct {
	mu      sync.Mutex
	entries map[string]*item
}

func (m *manager) get(key string) *item {
	m.mu.Lock()
	defer m.mu.Unlock()
	e, ok := m.entries[key]
	if !ok {
		e = &item{}
		m.entries[key] = e
	}
	return e
}

func (m *manager) set(key string, e *item) {
	m.mu.Lock()
	m.entries[key] = e
	m.mu.Unlock()
}

type Ctx interface {
	Next() error
	StatusCode() int
}

func NewFixedWindow(max int, expiration uint64, skipSuccessful bool) func(key string, c Ctx) error {
	mux := &sync.RWMutex{}
	mgr := &manager{entries: map[string]*item{}}

	return func(key string, c Ctx) error {
		mux.Lock()
		e := mgr.get(key)
		ts := uint64(time.Now().Unix())
		if e.exp == 0 || ts >= e.exp {
			e.currHits = 0
			e.exp = ts + expiration
		}
		e.currHits++
		remaining := max - e.currHits
		mgr.set(key, e)
		mux.Unlock()

		if remaining < 0 {
			return nil
		}

		err := c.Next()

		if skipSuccessful && c.StatusCode() < 400 {
			mux.Lock()
			entry := mgr.get(key)
			entry.currHits-- // Noncompliant
			mgr.set(key, entry)
			mux.Unlock()
		}
		return err
	}
}
