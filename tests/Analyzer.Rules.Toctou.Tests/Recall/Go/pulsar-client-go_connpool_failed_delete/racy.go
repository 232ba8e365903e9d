// https://github.com/apache/pulsar-client-go/pull/561 (problem reported in https://github.com/apache/pulsar-client-go/pull/341)
// GetConnection loaded the pooled connection for a key from a sync.Map, waited for it and, if it
// had failed, called Delete(key) unconditionally. Another producer/consumer goroutine could have
// already replaced the failed entry with a fresh connection, which that Delete then dropped.
// Fix: a plain map guarded by the pool mutex across lookup, stale-entry removal and insert.
package internal

import (
	"errors"
	"fmt"
	"net/url"
	"sync"
	"sync/atomic"
)

var errConnectionFailed = errors.New("connection failed")

type connection struct {
	logicalAddr  *url.URL
	physicalAddr *url.URL
	state        int32 // 0 connecting, 1 ready, 2 closed
	ready        chan struct{}
	readyOnce    sync.Once
}

func newConnection(logicalAddr, physicalAddr *url.URL) *connection {
	return &connection{logicalAddr: logicalAddr, physicalAddr: physicalAddr, ready: make(chan struct{})}
}

func (c *connection) start() {
	go func() {
		// dial and handshake with the broker would happen here
		atomic.CompareAndSwapInt32(&c.state, 0, 1)
		c.readyOnce.Do(func() { close(c.ready) })
	}()
}

func (c *connection) waitUntilReady() error {
	<-c.ready
	if atomic.LoadInt32(&c.state) != 1 {
		return errConnectionFailed
	}
	return nil
}

func (c *connection) Close() {
	atomic.StoreInt32(&c.state, 2)
	c.readyOnce.Do(func() { close(c.ready) })
}

type connectionPool struct {
	pool                  sync.Map
	maxConnectionsPerHost int32
	roundRobinCnt         int32
}

func NewConnectionPool(maxConnectionsPerHost int) *connectionPool {
	return &connectionPool{maxConnectionsPerHost: int32(maxConnectionsPerHost)}
}

// GetConnection is called by every producer, consumer and lookup goroutine of the client.
func (p *connectionPool) GetConnection(logicalAddr, physicalAddr *url.URL) (*connection, error) {
	key := p.getMapKey(logicalAddr)
	cachedCnx, found := p.pool.Load(key)
	if found {
		cnx := cachedCnx.(*connection)
		if err := cnx.waitUntilReady(); err == nil {
			return cnx, nil
		}
		// the cached connection has failed, drop it from the pool
		p.pool.Delete(key) // Noncompliant
	}

	newCnx := newConnection(logicalAddr, physicalAddr)
	actual, wasCached := p.pool.LoadOrStore(key, newCnx)
	cnx := actual.(*connection)
	if !wasCached {
		cnx.start()
	} else {
		newCnx.Close()
	}
	if err := cnx.waitUntilReady(); err != nil {
		return nil, err
	}
	return cnx, nil
}

func (p *connectionPool) Close() {
	p.pool.Range(func(key, value interface{}) bool {
		value.(*connection).Close()
		return true
	})
}

func (p *connectionPool) getMapKey(addr *url.URL) string {
	cnt := atomic.AddInt32(&p.roundRobinCnt, 1)
	if cnt < 0 {
		cnt = -cnt
	}
	idx := cnt % p.maxConnectionsPerHost
	return fmt.Sprint(addr.Host, '-', idx)
}
