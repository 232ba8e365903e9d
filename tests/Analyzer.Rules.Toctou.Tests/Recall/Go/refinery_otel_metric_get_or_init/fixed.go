// https://github.com/honeycombio/refinery/pull/1619
// Fixed version: getOrInitCounter checks again for the counter after taking the write lock,
// so only one instrument is ever created and stored per name.
package metrics

import (
	"context"
	"sync"
)

type SafeOTelMetrics struct {
	lock     sync.RWMutex
	meter    Meter
	counters map[string]*Int64Counter
}

func NewSafeOTelMetrics() *SafeOTelMetrics {
	return &SafeOTelMetrics{counters: map[string]*Int64Counter{}}
}

func (o *SafeOTelMetrics) getOrInitCounter(metadata Metadata) (*Int64Counter, error) {
	o.lock.RLock()
	ctr, ok := o.counters[metadata.Name]
	o.lock.RUnlock()
	if ok {
		return ctr, nil
	}

	o.lock.Lock()
	defer o.lock.Unlock()
	// Check again: another goroutine may have created it while we waited for the lock.
	if ctr, ok := o.counters[metadata.Name]; ok {
		return ctr, nil
	}
	ctr, err := o.meter.Int64Counter(metadata.Name)
	if err != nil {
		return nil, err
	}
	o.counters[metadata.Name] = ctr
	return ctr, nil
}

func (o *SafeOTelMetrics) Count(name string, val int64) {
	ctr, err := o.getOrInitCounter(Metadata{Name: name})
	if err != nil {
		return
	}
	ctr.Add(context.Background(), val)
}

func (o *SafeOTelMetrics) Increment(name string) { o.Count(name, 1) }

func (o *SafeOTelMetrics) Get(name string) (int64, bool) {
	o.lock.RLock()
	defer o.lock.RUnlock()
	ctr, ok := o.counters[name]
	if !ok {
		return 0, false
	}
	return ctr.total.Load(), true
}
