// https://github.com/globalsign/mgo/pull/284
// Fixed version: connection attempts in progress are counted. The counter is incremented
// under the server lock in the same critical section as the PoolLimit check and decremented
// (under the lock) when the dial finishes, so the limit covers live plus in-flight sockets.
package mgo

import (
	"errors"
	"net"
	"sync"
	"time"
)

var (
	errLimitReached = errors.New("per-server connection limit reached")
	errClosed       = errors.New("server was closed")
)

type pooledSocket struct {
	conn net.Conn
}

type serverPool struct {
	sync.Mutex
	addr                string
	live                []*pooledSocket
	unused              []*pooledSocket
	inFlightSocketDials int
	closed              bool
}

func (p *serverPool) dial(timeout time.Duration) (*pooledSocket, error) {
	conn, err := net.DialTimeout("tcp", p.addr, timeout)
	if err != nil {
		return nil, err
	}
	return &pooledSocket{conn: conn}, nil
}

func (p *serverPool) Acquire(poolLimit int, timeout time.Duration) (*pooledSocket, error) {
	p.Lock()
	if p.closed {
		p.Unlock()
		return nil, errClosed
	}
	inUse := len(p.live) - len(p.unused) + p.inFlightSocketDials
	if poolLimit > 0 && inUse >= poolLimit {
		p.Unlock()
		return nil, errLimitReached
	}
	if n := len(p.unused); n > 0 {
		sock := p.unused[n-1]
		p.unused = p.unused[:n-1]
		p.Unlock()
		return sock, nil
	}
	p.inFlightSocketDials++
	p.Unlock()

	sock, err := p.dial(timeout)

	p.Lock()
	defer p.Unlock()
	p.inFlightSocketDials--
	if err != nil {
		return nil, err
	}
	if p.closed {
		sock.conn.Close()
		return nil, errClosed
	}
	p.live = append(p.live, sock)
	return sock, nil
}

func (p *serverPool) Recycle(sock *pooledSocket) {
	p.Lock()
	defer p.Unlock()
	if !p.closed {
		p.unused = append(p.unused, sock)
	}
}
