// https://github.com/cockroachdb/cockroach/pull/105450
// Each pgwire connection is served on its own goroutine and calls checkMaxConnections. The
// non-root count is read under s.mu, the mutex is released, and the count is bumped under a
// second acquisition, so several connections can pass the limit check together and exceed the
// per-gateway limit. Fix: compare and increment the counters while holding s.mu once.
package pgwire

import (
	"errors"
	"sync"
)

var errTooManyConnections = errors.New("sorry, too many clients already")

type Server struct {
	mu struct {
		sync.Mutex
		connectionCount     int64
		rootConnectionCount int64
	}
	maxNumNonRootConnections int64 // negative means unlimited
}

// GetNonRootConnectionCount returns the current number of non-root connections.
func (s *Server) GetNonRootConnectionCount() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.mu.connectionCount - s.mu.rootConnectionCount
}

// IncrementConnectionCount increases connectionCount by 1.
func (s *Server) IncrementConnectionCount() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.mu.connectionCount++
}

// IncrementRootConnectionCount increases connectionCount and rootConnectionCount by 1.
func (s *Server) IncrementRootConnectionCount() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.mu.connectionCount++
	s.mu.rootConnectionCount++
}

// DecrementConnectionCount decreases the counters when a connection ends.
func (s *Server) DecrementConnectionCount(root bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.mu.connectionCount--
	if root {
		s.mu.rootConnectionCount--
	}
}

type conn struct {
	isRoot bool
}

func (c *conn) checkMaxConnections(s *Server) error {
	if c.isRoot {
		// Root is not affected by connection limits.
		s.IncrementRootConnectionCount()
		return nil
	}
	maxNumConnectionsValue := s.maxNumNonRootConnections
	if maxNumConnectionsValue >= 0 && s.GetNonRootConnectionCount() >= maxNumConnectionsValue {
		return errTooManyConnections
	}
	s.IncrementConnectionCount() // Noncompliant
	return nil
}

func (s *Server) serveConn(c *conn, handle func(*conn)) error {
	if err := c.checkMaxConnections(s); err != nil {
		return err
	}
	defer s.DecrementConnectionCount(c.isRoot)
	handle(c)
	return nil
}

// ServeConns handles each accepted connection on its own goroutine.
func (s *Server) ServeConns(conns <-chan *conn, handle func(*conn)) {
	for c := range conns {
		go func(c *conn) {
			_ = s.serveConn(c, handle)
		}(c)
	}
}
