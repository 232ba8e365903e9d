// https://github.com/redis/go-redis/issues/2876 (fix: https://github.com/redis/go-redis/pull/2885)
// Fixed version: the MaxActiveConns check is made under connsMu, and repeated after the dial
// under the lock that registers the new connection.
package pool

import (
	"context"
	"net"
	"sync"
)

type SafeConn struct {
	netConn net.Conn
	pooled  bool
}

type SafeConnPool struct {
	cfg *Options

	connsMu  sync.Mutex
	conns    []*SafeConn
	poolSize int
}

func (p *SafeConnPool) newSafeConn(ctx context.Context, pooled bool) (*SafeConn, error) {
	p.connsMu.Lock()
	if p.cfg.MaxActiveConns > 0 && p.poolSize >= p.cfg.MaxActiveConns {
		p.connsMu.Unlock()
		return nil, ErrPoolExhausted
	}
	p.connsMu.Unlock()

	netConn, err := p.cfg.Dialer(ctx)
	if err != nil {
		return nil, err
	}
	cn := &SafeConn{netConn: netConn, pooled: pooled}

	p.connsMu.Lock()
	defer p.connsMu.Unlock()

	if p.cfg.MaxActiveConns > 0 && p.poolSize >= p.cfg.MaxActiveConns {
		_ = netConn.Close()
		return nil, ErrPoolExhausted
	}

	p.conns = append(p.conns, cn)
	if pooled {
		if p.poolSize >= p.cfg.PoolSize {
			cn.pooled = false
		} else {
			p.poolSize++
		}
	}
	return cn, nil
}
