// https://github.com/influxdata/influxdb/pull/7027
// Issue #6946 (duplicate points in queries): CreateSeriesIndexIfNotExists looks the key up under
// the read lock, releases it, then takes the write lock to assign an ID and add the series. Two
// writers of the same new series both miss and both add it, so the measurement holds it twice.
// The fix checks for the series again after taking the write lock.
package tsdb

import "sync"

type Series struct {
	Key         string
	ID          uint64
	measurement *Measurement
}

type Measurement struct {
	Name       string
	mu         sync.RWMutex
	seriesByID map[uint64]*Series
	seriesIDs  []uint64
}

func (m *Measurement) AddSeries(s *Series) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.seriesByID[s.ID] = s
	m.seriesIDs = append(m.seriesIDs, s.ID)
}

type DatabaseIndex struct {
	mu           sync.RWMutex
	measurements map[string]*Measurement
	series       map[string]*Series
	lastID       uint64
}

func (d *DatabaseIndex) CreateMeasurementIndexIfNotExists(name string) *Measurement {
	d.mu.Lock()
	defer d.mu.Unlock()
	m := d.measurements[name]
	if m == nil {
		m = &Measurement{Name: name, seriesByID: map[uint64]*Series{}}
		d.measurements[name] = m
	}
	return m
}

// CreateSeriesIndexIfNotExists is called by every shard write goroutine.
func (d *DatabaseIndex) CreateSeriesIndexIfNotExists(measurement string, series *Series) *Series {
	d.mu.RLock()
	if ss := d.series[series.Key]; ss != nil {
		d.mu.RUnlock()
		return ss
	}
	d.mu.RUnlock()

	m := d.CreateMeasurementIndexIfNotExists(measurement)

	d.mu.Lock()
	series.ID = d.lastID + 1
	d.lastID++
	series.measurement = m
	d.series[series.Key] = series // Noncompliant
	m.AddSeries(series)
	d.mu.Unlock()
	return series
}

func writePoints(d *DatabaseIndex, keys []string) {
	var wg sync.WaitGroup
	for _, k := range keys {
		wg.Add(1)
		go func(k string) {
			defer wg.Done()
			d.CreateSeriesIndexIfNotExists("cpu", &Series{Key: k})
		}(k)
	}
	wg.Wait()
}
