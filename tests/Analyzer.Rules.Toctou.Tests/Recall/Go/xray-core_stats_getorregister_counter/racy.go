// https://github.com/XTLS/Xray-core/pull/6467 (fixed by https://github.com/XTLS/Xray-core/pull/6468)
// stats.GetOrRegisterCounter looked the counter up with GetCounter (manager read lock) and,
// when it was missing, called RegisterCounter (manager write lock), which fails with
// "already registered" if the name exists. The dispatcher calls it for the user's
// uplink/downlink counters on every new connection, and connections are dispatched from many
// goroutines, so two first connections of the same user could both miss the lookup and the
// loser got an error instead of the winner's counter. The fix makes get-or-register one atomic
// step in the stats manager.
package stats

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Counter struct {
	value int64
}

func (c *Counter) Add(delta int64) int64 { return atomic.AddInt64(&c.value, delta) }

type Manager struct {
	access   sync.RWMutex
	counters map[string]*Counter
}

func (m *Manager) RegisterCounter(name string) (*Counter, error) {
	m.access.Lock()
	defer m.access.Unlock()
	if _, found := m.counters[name]; found {
		return nil, fmt.Errorf("Counter %s already registered.", name)
	}
	c := new(Counter)
	m.counters[name] = c
	return c, nil
}

func (m *Manager) GetCounter(name string) *Counter {
	m.access.RLock()
	defer m.access.RUnlock()
	if c, found := m.counters[name]; found {
		return c
	}
	return nil
}

// GetOrRegisterCounter tries to get the counter first; if it does not exist it registers one.
func GetOrRegisterCounter(m *Manager, name string) (*Counter, error) {
	if c := m.GetCounter(name); c != nil {
		return c, nil
	}
	return m.RegisterCounter(name) // Noncompliant
}

type Dispatcher struct {
	stats *Manager
}

// getLink runs for every dispatched connection; connections are handled concurrently.
func (d *Dispatcher) getLink(user string) (*Counter, error) {
	name := "user>>>" + user + ">>>traffic>>>uplink"
	return GetOrRegisterCounter(d.stats, name)
}

// serveInbound: each accepted inbound connection is handled in its own goroutine.
func serveInbound(d *Dispatcher, conns <-chan string) {
	for user := range conns {
		go func(u string) {
			if c, err := d.getLink(u); err == nil {
				c.Add(1)
			}
		}(user)
	}
}
