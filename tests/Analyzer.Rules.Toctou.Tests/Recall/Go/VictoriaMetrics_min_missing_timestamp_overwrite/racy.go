// https://github.com/VictoriaMetrics/VictoriaMetrics/pull/9965
// containsTimeRange() caches, per search prefix, the minimum timestamp the read-only indexDB
// does not cover. It read the cached value under the lock, released it, ran the slow index
// lookup, then stored tr.MinTimestamp under the lock without looking again; a concurrent search
// that already stored a smaller timestamp got overwritten with a bigger one. Fix: re-read the
// entry under the write lock and only store when it is missing or larger.
package storage

import "sync"

type TimeRange struct {
	MinTimestamp int64
	MaxTimestamp int64
}

type indexDB struct {
	minMissingTimestampByKeyLock sync.RWMutex
	minMissingTimestampByKey     map[string]int64

	// maxIndexedTimestamp stands in for the dateToMetricID rows stored in the index.
	maxIndexedTimestamp int64
}

func newIndexDB(maxTs int64) *indexDB {
	return &indexDB{minMissingTimestampByKey: map[string]int64{}, maxIndexedTimestamp: maxTs}
}

func (db *indexDB) containsTimeRangeSlow(tr TimeRange) bool {
	return tr.MinTimestamp <= db.maxIndexedTimestamp
}

func (db *indexDB) containsTimeRange(key string, tr TimeRange) bool {
	db.minMissingTimestampByKeyLock.RLock()
	minMissingTimestamp, ok := db.minMissingTimestampByKey[key]
	db.minMissingTimestampByKeyLock.RUnlock()

	if ok && tr.MinTimestamp >= minMissingTimestamp {
		return false
	}
	if db.containsTimeRangeSlow(tr) {
		return true
	}

	db.minMissingTimestampByKeyLock.Lock()
	db.minMissingTimestampByKey[key] = tr.MinTimestamp // Noncompliant
	db.minMissingTimestampByKeyLock.Unlock()
	return false
}

// searchAll: vmselect fans queries for one tenant out to many goroutines.
func searchAll(db *indexDB, key string, ranges []TimeRange) {
	var wg sync.WaitGroup
	for _, tr := range ranges {
		wg.Add(1)
		go func(tr TimeRange) {
			defer wg.Done()
			_ = db.containsTimeRange(key, tr)
		}(tr)
	}
	wg.Wait()
}
