// https://github.com/globalsign/mgo/pull/284
// acquireSocket checked PoolLimit under the server lock, released it to dial, and appended
// the socket to liveSockets only after the dial returned; dials in flight were not counted,
// so with slow connects many goroutines passed the check and opened sockets far past the
// limit. Fix: an inFlightSocketDials counter, bumped under the lock and counted in the check.
package mgo

import (
	"errors"
	"net"
	"sync"
	"time"
)

var (
	errPoolLimit    = errors.New("per-server connection limit reached")
	errServerClosed = errors.New("server was closed")
)

type mongoSocket struct {
	conn net.Conn
}

type mongoServer struct {
	sync.Mutex
	addr          string
	liveSockets   []*mongoSocket
	unusedSockets []*mongoSocket
	closed        bool
}

func (s *mongoServer) connect(timeout time.Duration) (*mongoSocket, error) {
	conn, err := net.DialTimeout("tcp", s.addr, timeout)
	if err != nil {
		return nil, err
	}
	return &mongoSocket{conn: conn}, nil
}

// AcquireSocket is called by every session operation, from many goroutines.
func (s *mongoServer) AcquireSocket(poolLimit int, timeout time.Duration) (*mongoSocket, error) {
	s.Lock()
	if s.closed {
		s.Unlock()
		return nil, errServerClosed
	}
	if poolLimit > 0 && len(s.liveSockets)-len(s.unusedSockets) >= poolLimit {
		s.Unlock()
		return nil, errPoolLimit
	}
	if n := len(s.unusedSockets); n > 0 {
		sock := s.unusedSockets[n-1]
		s.unusedSockets = s.unusedSockets[:n-1]
		s.Unlock()
		return sock, nil
	}
	s.Unlock()

	sock, err := s.connect(timeout)
	if err != nil {
		return nil, err
	}
	s.Lock()
	defer s.Unlock()
	if s.closed {
		sock.conn.Close()
		return nil, errServerClosed
	}
	s.liveSockets = append(s.liveSockets, sock) // Noncompliant
	return sock, nil
}

// RecycleSocket puts a socket back into the unused cache.
func (s *mongoServer) RecycleSocket(sock *mongoSocket) {
	s.Lock()
	defer s.Unlock()
	if !s.closed {
		s.unusedSockets = append(s.unusedSockets, sock)
	}
}
