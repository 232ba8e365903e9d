// https://github.com/influxdata/influxdb/pull/7027
// Fixed version: after the read-locked fast path, the series is looked up again under the
// write lock, so only one writer assigns an ID and adds it to the measurement.
package tsdb

import "sync"

type SeriesIndex struct {
	mu           sync.RWMutex
	measurements map[string]*Measurement
	series       map[string]*Series
	lastID       uint64
}

func (d *SeriesIndex) measurementIfNotExists(name string) *Measurement {
	d.mu.Lock()
	defer d.mu.Unlock()
	m := d.measurements[name]
	if m == nil {
		m = &Measurement{Name: name, seriesByID: map[uint64]*Series{}}
		d.measurements[name] = m
	}
	return m
}

func (d *SeriesIndex) SeriesIfNotExists(measurement string, series *Series) *Series {
	d.mu.RLock()
	if ss := d.series[series.Key]; ss != nil {
		d.mu.RUnlock()
		return ss
	}
	d.mu.RUnlock()

	m := d.measurementIfNotExists(measurement)

	d.mu.Lock()
	// Check for the series again under the write lock.
	if ss := d.series[series.Key]; ss != nil {
		d.mu.Unlock()
		return ss
	}
	series.ID = d.lastID + 1
	d.lastID++
	series.measurement = m
	d.series[series.Key] = series
	m.AddSeries(series)
	d.mu.Unlock()
	return series
}

func writePointsFixed(d *SeriesIndex, keys []string) {
	var wg sync.WaitGroup
	for _, k := range keys {
		wg.Add(1)
		go func(k string) {
			defer wg.Done()
			d.SeriesIfNotExists("cpu", &Series{Key: k})
		}(k)
	}
	wg.Wait()
}
