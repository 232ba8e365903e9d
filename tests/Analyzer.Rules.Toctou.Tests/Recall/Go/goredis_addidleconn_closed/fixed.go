// https://github.com/redis/go-redis/pull/1863 (issue https://github.com/redis/go-redis/issues/1861)
// Fixed version: after dialling, connsMu is taken and the closed flag is checked again before appending;
// if the pool was closed meanwhile the new conn is closed and ErrPoolClosed is returned.
package pool

import (
	"context"
	"errors"
	"net"
	"sync"
	"sync/atomic"
)

var ErrPoolClosed = errors.New("redis: client is closed")

type IdlePool struct {
	dialer                 func(context.Context) (net.Conn, error)
	poolSize, minIdleConns int
	connsMu                sync.Mutex
	conns, idleConns       []net.Conn
	poolLen, idleConnsLen  int
	_closed                uint32 // atomic
}

func NewIdlePool(dialer func(context.Context) (net.Conn, error), size, minIdle int) *IdlePool {
	p := &IdlePool{dialer: dialer, poolSize: size, minIdleConns: minIdle}
	p.connsMu.Lock()
	p.fillMinIdle()
	p.connsMu.Unlock()
	return p
}

func (p *IdlePool) fillMinIdle() {
	for p.poolLen < p.poolSize && p.idleConnsLen < p.minIdleConns {
		p.poolLen++
		p.idleConnsLen++
		go func() {
			if err := p.addIdle(); err != nil && err != ErrPoolClosed {
				p.connsMu.Lock()
				p.poolLen--
				p.idleConnsLen--
				p.connsMu.Unlock()
			}
		}()
	}
}

func (p *IdlePool) addIdle() error {
	cn, err := p.dial(context.TODO())
	if err != nil {
		return err
	}
	p.connsMu.Lock()
	defer p.connsMu.Unlock()
	if p.isClosed() {
		_ = cn.Close()
		return ErrPoolClosed
	}
	p.conns = append(p.conns, cn)
	p.idleConns = append(p.idleConns, cn)
	return nil
}

func (p *IdlePool) dial(ctx context.Context) (net.Conn, error) {
	if p.isClosed() {
		return nil, ErrPoolClosed
	}
	return p.dialer(ctx)
}

func (p *IdlePool) isClosed() bool { return atomic.LoadUint32(&p._closed) == 1 }

func (p *IdlePool) Shutdown() error {
	if !atomic.CompareAndSwapUint32(&p._closed, 0, 1) {
		return ErrPoolClosed
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
