// https://github.com/redis/go-redis/issues/2876 (fix: https://github.com/redis/go-redis/pull/2885)
// ConnPool.newConn compared p.poolSize with MaxActiveConns without holding connsMu, then
// dialed, and only afterwards locked connsMu to append the connection and bump poolSize.
// Concurrent Get calls could all pass the limit check before any of them registered its
// connection, so the pool grew past MaxActiveConns (and the race detector flagged the read).
// The fix checks the limit under connsMu and re-checks it after the dial, under the same
// lock that appends the connection.
package pool

import (
	"context"
	"errors"
	"net"
	"sync"
)

var ErrPoolExhausted = errors.New("redis: connection pool exhausted")

type Options struct {
	PoolSize       int
	MaxActiveConns int
	Dialer         func(ctx context.Context) (net.Conn, error)
}

type Conn struct {
	netConn net.Conn
	pooled  bool
}

type ConnPool struct {
	cfg *Options

	connsMu  sync.Mutex
	conns    []*Conn
	poolSize int
}

// newConn is reached from Get, which every command issued by any goroutine calls.
func (p *ConnPool) newConn(ctx context.Context, pooled bool) (*Conn, error) {
	if p.cfg.MaxActiveConns > 0 && p.poolSize >= p.cfg.MaxActiveConns {
		return nil, ErrPoolExhausted
	}

	netConn, err := p.cfg.Dialer(ctx)
	if err != nil {
		return nil, err
	}
	cn := &Conn{netConn: netConn, pooled: pooled}

	p.connsMu.Lock()
	defer p.connsMu.Unlock()

	p.conns = append(p.conns, cn) // Noncompliant
	if pooled {
		if p.poolSize >= p.cfg.PoolSize {
			cn.pooled = false
		} else {
			p.poolSize++
		}
	}
	return cn, nil
}
