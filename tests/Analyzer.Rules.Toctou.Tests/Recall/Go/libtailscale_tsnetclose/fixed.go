// https://github.com/tailscale/libtailscale/pull/19
// Fixed version: the lookup and the delete happen in one servers.mu critical section, so of two
// concurrent closes only one gets the server and closes it; the other returns EBADF.
package libtailscale

import (
	"errors"
	"io"
	"net"
	"sync"
)

const badFDCode = -9 // EBADF

// tsnetNode stands in for *tsnet.Server; Close shuts the node down.
type tsnetNode struct{ conn io.Closer }

func (t *tsnetNode) Close() error { return t.conn.Close() }

var nodes struct {
	mu   sync.Mutex
	next int32
	m    map[int32]*node
}

type node struct {
	s       *tsnetNode
	lastErr string
}

func lookupNode(sd int32) (*node, error) {
	nodes.mu.Lock()
	defer nodes.mu.Unlock()
	n := nodes.m[sd]
	if n == nil {
		return nil, errors.New("tsnetc: unknown server descriptor")
	}
	return n, nil
}

func TsnetCloseNode(sd int32) int32 {
	nodes.mu.Lock()
	n := nodes.m[sd]
	if n != nil {
		delete(nodes.m, sd)
	}
	nodes.mu.Unlock()

	if n == nil {
		return badFDCode
	}
	if err := n.s.Close(); err != nil {
		return -1
	}
	return 0
}

// pumpConn pumps a tsnet connection into the local socket handed to C.
func pumpConn(netConn net.Conn, local io.ReadWriteCloser) {
	go func() {
		defer local.Close()
		_, _ = io.Copy(local, netConn)
	}()
	go func() {
		defer netConn.Close()
		_, _ = io.Copy(netConn, local)
	}()
}
