// https://github.com/redis/go-redis/pull/1863 (issue https://github.com/redis/go-redis/issues/1861)
// dialConn refuses to dial once the pool is closed, but addIdleConn appends the dialled conn later, under
// connsMu, without looking at the flag again; a Close in between empties the pool, so the conn lands in a
// closed pool and is never closed. The fix re-checks closed() under connsMu.
package pool

import (
	"context"
	"errors"
	"net"
	"sync"
	"sync/atomic"
)

var ErrClosed = errors.New("redis: client is closed")

type ConnPool struct {
	dialer                 func(context.Context) (net.Conn, error)
	poolSize, minIdleConns int
	connsMu                sync.Mutex
	conns, idleConns       []net.Conn
	poolLen, idleConnsLen  int
	_closed                uint32 // atomic
}

func NewConnPool(dialer func(context.Context) (net.Conn, error), size, minIdle int) *ConnPool {
	p := &ConnPool{dialer: dialer, poolSize: size, minIdleConns: minIdle}
	p.connsMu.Lock()
	p.checkMinIdleConns()
	p.connsMu.Unlock()
	return p
}

func (p *ConnPool) checkMinIdleConns() {
	for p.poolLen < p.poolSize && p.idleConnsLen < p.minIdleConns {
		p.poolLen++
		p.idleConnsLen++
		go func() {
			if err := p.addIdleConn(); err != nil {
				p.connsMu.Lock()
				p.poolLen--
				p.idleConnsLen--
				p.connsMu.Unlock()
			}
		}()
	}
}

func (p *ConnPool) addIdleConn() error {
	cn, err := p.dialConn(context.TODO())
	if err != nil {
		return err
	}
	p.connsMu.Lock()
	p.conns = append(p.conns, cn) // Noncompliant
	p.idleConns = append(p.idleConns, cn)
	p.connsMu.Unlock()
	return nil
}

func (p *ConnPool) dialConn(ctx context.Context) (net.Conn, error) {
	if p.closed() {
		return nil, ErrClosed
	}
	return p.dialer(ctx)
}

func (p *ConnPool) closed() bool { return atomic.LoadUint32(&p._closed) == 1 }

func (p *ConnPool) Close() error {
	if !atomic.CompareAndSwapUint32(&p._closed, 0, 1) {
		return ErrClosed
	}
	p.connsMu.Lock()
	for _, cn := range p.conns {
		_ = cn.Close()
	}
	p.conns, p.idleConns = nil, nil
	p.poolLen, p.idleConnsLen = 0, 0
	p.connsMu.Unlock()
	return nil
}
