// https://github.com/VictoriaMetrics/VictoriaMetrics/pull/9965
package storage

import "sync"

type legacyIndexDB struct {
	legacyMinMissingTimestampByKeyLock sync.Mutex
	legacyMinMissingTimestampByKey     map[string]int64

	maxIndexedTimestamp int64
}

func newLegacyIndexDB(maxTs int64) *legacyIndexDB {
	return &legacyIndexDB{legacyMinMissingTimestampByKey: map[string]int64{}, maxIndexedTimestamp: maxTs}
}

func (db *legacyIndexDB) legacyContainsTimeRangeSlow(tr TimeRange) bool {
	return tr.MinTimestamp <= db.maxIndexedTimestamp
}

func (db *legacyIndexDB) legacyContainsTimeRange(key string, tr TimeRange) bool {
	db.legacyMinMissingTimestampByKeyLock.Lock()
	minMissingTimestamp, ok := db.legacyMinMissingTimestampByKey[key]
	db.legacyMinMissingTimestampByKeyLock.Unlock()

	if ok && tr.MinTimestamp >= minMissingTimestamp {
		return false
	}
	if db.legacyContainsTimeRangeSlow(tr) {
		return true
	}

	db.legacyMinMissingTimestampByKeyLock.Lock()
	minMissingTimestamp, ok = db.legacyMinMissingTimestampByKey[key]
	if !ok || tr.MinTimestamp < minMissingTimestamp {
		db.legacyMinMissingTimestampByKey[key] = tr.MinTimestamp
	}
	db.legacyMinMissingTimestampByKeyLock.Unlock()
	return false
}

func searchAllLegacy(db *legacyIndexDB, key string, ranges []TimeRange) {
	var wg sync.WaitGroup
	for _, tr := range ranges {
		wg.Add(1)
		go func(tr TimeRange) {
			defer wg.Done()
			_ = db.legacyContainsTimeRange(key, tr)
		}(tr)
	}
	wg.Wait()
}
