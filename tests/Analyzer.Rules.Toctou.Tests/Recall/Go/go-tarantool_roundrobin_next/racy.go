// https://github.com/tarantool/go-tarantool/issues/309 (fixed by https://github.com/tarantool/go-tarantool/pull/312)
// GetNextConnection picked the next round-robin slot by reading r.current and then
// incrementing it while holding only the read lock, so many callers can read the same
// index and the increments are lost. The fix turned current into an atomic counter.
package pool

import "sync"

type Connection struct{ addr string }

type roundRobinStrategy struct {
	conns       []*Connection
	indexByAddr map[string]uint
	mutex       sync.RWMutex
	size        uint
	current     uint
}

func newRoundRobinStrategy(n int) *roundRobinStrategy {
	return &roundRobinStrategy{
		conns:       make([]*Connection, 0, n),
		indexByAddr: make(map[string]uint),
	}
}

func (r *roundRobinStrategy) AddConn(addr string, conn *Connection) {
	r.mutex.Lock()
	defer r.mutex.Unlock()
	if idx, ok := r.indexByAddr[addr]; ok {
		r.conns[idx] = conn
		return
	}
	r.conns = append(r.conns, conn)
	r.indexByAddr[addr] = r.size
	r.size++
}

func (r *roundRobinStrategy) GetNextConnection() *Connection {
	r.mutex.RLock()
	defer r.mutex.RUnlock()

	if r.size == 0 {
		return nil
	}
	return r.conns[r.nextIndex()]
}

func (r *roundRobinStrategy) nextIndex() uint {
	ret := r.current % r.size
	r.current++ // Noncompliant
	return ret
}

// callers share one strategy from many goroutines (ConnectionPool.Do / Call)
func useRoundRobin(r *roundRobinStrategy, n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = r.GetNextConnection()
		}()
	}
	wg.Wait()
}
