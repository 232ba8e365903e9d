// https://github.com/honeycombio/refinery/pull/1619
// Count looks the counter up under the read lock, releases it, then takes the write lock and
// creates and stores a new instrument without looking again ("read lock release before
// read-write lock without a reread"), so concurrent callers overwrite each other's counter.
// Fix: getOrInit helpers re-check for the metric after taking the write lock.
package metrics

import (
	"context"
	"sync"
	"sync/atomic"
)

type Int64Counter struct {
	name  string
	total atomic.Int64
}

func (c *Int64Counter) Add(_ context.Context, v int64) { c.total.Add(v) }

type Meter struct{}

func (Meter) Int64Counter(name string) (*Int64Counter, error) { return &Int64Counter{name: name}, nil }

type Metadata struct {
	Name        string
	Description string
}

type OTelMetrics struct {
	lock     sync.RWMutex
	meter    Meter
	counters map[string]*Int64Counter
}

func NewOTelMetrics() *OTelMetrics {
	return &OTelMetrics{counters: map[string]*Int64Counter{}}
}

func (o *OTelMetrics) Count(name string, val int64) {
	o.lock.RLock()
	ctr, ok := o.counters[name]
	o.lock.RUnlock()
	if !ok {
		o.lock.Lock()
		var err error
		ctr, err = o.meter.Int64Counter(name)
		if err != nil {
			o.lock.Unlock()
			return
		}
		o.counters[name] = ctr // Noncompliant
		o.lock.Unlock()
	}
	ctr.Add(context.Background(), val)
}

func (o *OTelMetrics) Increment(name string) { o.Count(name, 1) }

func (o *OTelMetrics) Get(name string) (int64, bool) {
	o.lock.RLock()
	defer o.lock.RUnlock()
	ctr, ok := o.counters[name]
	if !ok {
		return 0, false
	}
	return ctr.total.Load(), true
}
