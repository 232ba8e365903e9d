// https://github.com/XTLS/Xray-core/pull/6467 (fixed by https://github.com/XTLS/Xray-core/pull/6468)
// Fixed version: the lookup and the registration happen under one write lock of the manager,
// so concurrent callers all get the same counter and none gets "already registered".
package stats

import (
	"sync"
	"sync/atomic"
)

type TrafficCounter struct {
	value int64
}

func (c *TrafficCounter) Add(delta int64) int64 { return atomic.AddInt64(&c.value, delta) }

type StatsManager struct {
	access   sync.RWMutex
	counters map[string]*TrafficCounter
}

func (m *StatsManager) GetOrRegisterCounter(name string) (*TrafficCounter, error) {
	m.access.Lock()
	defer m.access.Unlock()
	if c, found := m.counters[name]; found {
		return c, nil
	}
	c := new(TrafficCounter)
	m.counters[name] = c
	return c, nil
}

type LinkDispatcher struct {
	stats *StatsManager
}

func (d *LinkDispatcher) getLink(user string) (*TrafficCounter, error) {
	name := "user>>>" + user + ">>>traffic>>>uplink"
	return d.stats.GetOrRegisterCounter(name)
}

func serveInboundSafely(d *LinkDispatcher, conns <-chan string) {
	for user := range conns {
		go func(u string) {
			if c, err := d.getLink(u); err == nil {
				c.Add(1)
			}
		}(user)
	}
}
