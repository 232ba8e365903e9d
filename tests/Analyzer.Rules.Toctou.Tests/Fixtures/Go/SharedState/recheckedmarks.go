package sharedstate

import "sync"

// Consumers test the count before they take the lock. take looks at the items again under the lock before it takes
// one and lowers the count, so a stale count only costs a second look; takeStale trusts the count.
type parcelQueue struct {
	lock    sync.RWMutex
	parcels [][]byte
	count   int
}

func (q *parcelQueue) push(b []byte) {
	q.lock.Lock()
	defer q.lock.Unlock()
	q.parcels = append(q.parcels, b)
	q.count++
}

func (q *parcelQueue) size() int {
	q.lock.RLock()
	defer q.lock.RUnlock()
	return q.count
}

func (q *parcelQueue) take() []byte {
	if q.size() == 0 {
		return nil
	}
	q.lock.Lock()
	defer q.lock.Unlock()
	if len(q.parcels) == 0 {
		return nil
	}
	var b []byte
	b, q.parcels = q.parcels[0], q.parcels[1:]
	q.count--
	return b
}

func (q *parcelQueue) takeStale() []byte {
	if q.size() == 0 { // Secondary [check]
		return nil
	}
	q.lock.Lock()
	defer q.lock.Unlock()
	var b []byte
	b, q.parcels = q.parcels[0], q.parcels[1:] // Noncompliant [TOCTOU001] {{q.count is checked at line 42 and decides q.parcels at line 48, which the function marks done in it only at line 49, so two callers that run it at once can both pass the test and both act, checked under the read lock q.lock and changed under the write lock taken at line 45 without re-checking}}
	q.count--
	return b
}

func (q *parcelQueue) drain(workers int) {
	for i := 0; i < workers; i++ {
		go func() {
			for q.take() != nil || q.takeStale() != nil {
			}
		}()
	}
}
