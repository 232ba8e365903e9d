// https://github.com/tarantool/go-tarantool/issues/309 (fixed by https://github.com/tarantool/go-tarantool/pull/312)
package pool

import (
	"sync"
	"sync/atomic"
)

type safeRoundRobin struct {
	conns       []*Connection
	indexByAddr map[string]uint
	mutex       sync.RWMutex
	size        uint64
	current     uint64
}

func newSafeRoundRobin(n int) *safeRoundRobin {
	return &safeRoundRobin{
		conns:       make([]*Connection, 0, n),
		indexByAddr: make(map[string]uint),
	}
}

func (r *safeRoundRobin) Add(addr string, conn *Connection) {
	r.mutex.Lock()
	defer r.mutex.Unlock()
	if idx, ok := r.indexByAddr[addr]; ok {
		r.conns[idx] = conn
		return
	}
	r.conns = append(r.conns, conn)
	r.indexByAddr[addr] = uint(r.size)
	r.size++
}

func (r *safeRoundRobin) Next() *Connection {
	r.mutex.RLock()
	defer r.mutex.RUnlock()

	if r.size == 0 {
		return nil
	}
	return r.conns[r.pickIndex()]
}

func (r *safeRoundRobin) pickIndex() uint64 {
	next := atomic.AddUint64(&r.current, 1)
	return (next - 1) % r.size
}

func useSafeRoundRobin(r *safeRoundRobin, n int) {
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = r.Next()
		}()
	}
	wg.Wait()
}
