// https://github.com/grafana/grafana-app-sdk/pull/1403
// Fixed version: the read lock is only a fast path; a missing tracer is set under the write lock after checking
// again.
package operatortel

import "sync"

var (
	meterMu sync.RWMutex
	meter   Tracer
)

func GetMeter() Tracer {
	meterMu.RLock()
	m := meter
	meterMu.RUnlock()
	if m != nil {
		return m
	}
	meterMu.Lock()
	defer meterMu.Unlock()
	if meter == nil {
		meter = newTracer("grafana-app-sdk/meter")
	}
	return meter
}
