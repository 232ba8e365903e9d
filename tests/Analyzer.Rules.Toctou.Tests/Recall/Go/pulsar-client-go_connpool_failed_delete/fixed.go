// https://github.com/apache/pulsar-client-go/pull/561
// Fixed version: the pool is a plain map guarded by the pool mutex; the lookup, the removal of a
// closed connection and the insert of its replacement all happen while the mutex is held.
package internal

import (
	"errors"
	"fmt"
	"net/url"
	"sync"
	"sync/atomic"
)

var errPoolConnFailed = errors.New("pooled connection failed")

type poolConn struct {
	logicalAddr  *url.URL
	physicalAddr *url.URL
	state        int32 // 0 connecting, 1 ready, 2 closed
	ready        chan struct{}
	readyOnce    sync.Once
}

func newPoolConn(logicalAddr, physicalAddr *url.URL) *poolConn {
	return &poolConn{logicalAddr: logicalAddr, physicalAddr: physicalAddr, ready: make(chan struct{})}
}

func (c *poolConn) start() {
	go func() {
		atomic.CompareAndSwapInt32(&c.state, 0, 1)
		c.readyOnce.Do(func() { close(c.ready) })
	}()
}

func (c *poolConn) closed() bool {
	return atomic.LoadInt32(&c.state) == 2
}

func (c *poolConn) waitUntilReady() error {
	<-c.ready
	if atomic.LoadInt32(&c.state) != 1 {
		return errPoolConnFailed
	}
	return nil
}

func (c *poolConn) Close() {
	atomic.StoreInt32(&c.state, 2)
	c.readyOnce.Do(func() { close(c.ready) })
}

type lockedConnPool struct {
	sync.Mutex
	connections           map[string]*poolConn
	maxConnectionsPerHost int32
	roundRobinCnt         int32
}

func NewLockedConnPool(maxConnectionsPerHost int) *lockedConnPool {
	return &lockedConnPool{
		connections:           make(map[string]*poolConn),
		maxConnectionsPerHost: int32(maxConnectionsPerHost),
	}
}

func (p *lockedConnPool) GetConnection(logicalAddr, physicalAddr *url.URL) (*poolConn, error) {
	key := p.mapKey(logicalAddr)

	p.Lock()
	conn, ok := p.connections[key]
	if ok && conn.closed() {
		delete(p.connections, key)
		conn.Close()
		conn = nil
	}

	if conn == nil {
		conn = newPoolConn(logicalAddr, physicalAddr)
		p.connections[key] = conn
		p.Unlock()
		conn.start()
	} else {
		p.Unlock()
	}

	err := conn.waitUntilReady()
	return conn, err
}

func (p *lockedConnPool) Close() {
	p.Lock()
	for k, c := range p.connections {
		delete(p.connections, k)
		c.Close()
	}
	p.Unlock()
}

func (p *lockedConnPool) mapKey(addr *url.URL) string {
	cnt := atomic.AddInt32(&p.roundRobinCnt, 1)
	if cnt < 0 {
		cnt = -cnt
	}
	idx := cnt % p.maxConnectionsPerHost
	return fmt.Sprint(addr.Host, '-', idx)
}
