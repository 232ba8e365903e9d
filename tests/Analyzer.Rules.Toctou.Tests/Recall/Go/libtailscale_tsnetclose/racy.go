// https://github.com/tailscale/libtailscale/pull/19
// TsnetClose looked the server up with getServer (which locks servers.mu), released the lock, then
// locked again to delete the entry and closed the server. Two tailscale_close calls on the same
// descriptor could both find the server and both delete and Close it. The fix moves the load and the
// delete under a single servers.mu critical section, so only one caller gets the server.
package libtailscale

import (
	"errors"
	"io"
	"net"
	"sync"
)

const errBadFD = -9 // EBADF

// tsnetServer stands in for *tsnet.Server; Close shuts the node down.
type tsnetServer struct{ conn io.Closer }

func (t *tsnetServer) Close() error { return t.conn.Close() }

var servers struct {
	mu   sync.Mutex
	next int32
	m    map[int32]*server
}

type server struct {
	s       *tsnetServer
	lastErr string
}

func getServer(sd int32) (*server, error) {
	servers.mu.Lock()
	defer servers.mu.Unlock()
	s := servers.m[sd]
	if s == nil {
		return nil, errors.New("tsnetc: unknown server descriptor")
	}
	return s, nil
}

func TsnetClose(sd int32) int32 {
	s, err := getServer(sd)
	if err != nil {
		return errBadFD
	}

	servers.mu.Lock()
	delete(servers.m, sd) // Noncompliant
	servers.mu.Unlock()

	if err := s.s.Close(); err != nil {
		return -1
	}
	return 0
}

// newConn pumps a tsnet connection into the local socket handed to C.
func newConn(netConn net.Conn, local io.ReadWriteCloser) {
	go func() {
		defer local.Close()
		_, _ = io.Copy(local, netConn)
	}()
	go func() {
		defer netConn.Close()
		_, _ = io.Copy(netConn, local)
	}()
}
