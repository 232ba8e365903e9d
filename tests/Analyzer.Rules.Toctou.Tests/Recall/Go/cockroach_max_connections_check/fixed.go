// https://github.com/cockroachdb/cockroach/pull/105450
// Fixed version: the limit check and the counter increments happen inside one critical section
// on s.mu, so two connections can no longer both pass the check before either is counted.
package pgwire

import (
	"errors"
	"sync"
)

var errTooManyClients = errors.New("sorry, too many clients already")

type GatewayServer struct {
	mu struct {
		sync.Mutex
		connectionCount     int64
		rootConnectionCount int64
	}
	maxNumNonRootConnections int64 // negative means unlimited
}

type gatewayConn struct {
	isRoot bool
}

// admitConnection checks the limits and counts the connection while holding s.mu.
func (s *GatewayServer) admitConnection(c *gatewayConn) (decrement func(), err error) {
	// This lock blocks other connections from being made so minimize the amount
	// of work done inside lock.
	s.mu.Lock()
	defer s.mu.Unlock()
	if c.isRoot {
		s.mu.connectionCount++
		s.mu.rootConnectionCount++
		return func() {
			s.mu.Lock()
			defer s.mu.Unlock()
			s.mu.connectionCount--
			s.mu.rootConnectionCount--
		}, nil
	}
	nonRootConnectionCount := s.mu.connectionCount - s.mu.rootConnectionCount
	if s.maxNumNonRootConnections >= 0 && nonRootConnectionCount >= s.maxNumNonRootConnections {
		return nil, errTooManyClients
	}
	s.mu.connectionCount++
	return func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		s.mu.connectionCount--
	}, nil
}

func (s *GatewayServer) serveGatewayConn(c *gatewayConn, handle func(*gatewayConn)) error {
	decrement, err := s.admitConnection(c)
	if err != nil {
		return err
	}
	defer decrement()
	handle(c)
	return nil
}

func (s *GatewayServer) ServeGatewayConns(conns <-chan *gatewayConn, handle func(*gatewayConn)) {
	for c := range conns {
		go func(c *gatewayConn) {
			_ = s.serveGatewayConn(c, handle)
		}(c)
	}
}
