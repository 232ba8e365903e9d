// https://github.com/perlin-network/noise/pull/237
// skademlia Client.DialContext looked addr up in c.peers under peersLock, released the lock,
// dialed, and re-took the lock to store the new conn; the parallel FindNode lookups dial the
// same address concurrently, so the same peer was dialed (and registered) more than once.
// Fix: keep peersLock held from the existence check through the dial and the insert.
package skademlia

import (
	"context"
	"errors"
	"sync"

	"google.golang.org/grpc"
)

type Client struct {
	self      string
	dopts     []grpc.DialOption
	peersLock sync.Mutex
	peers     map[string]*grpc.ClientConn
}

func (c *Client) connLoop(conn *grpc.ClientConn) {
	<-context.Background().Done()
	c.peersLock.Lock()
	delete(c.peers, conn.Target())
	c.peersLock.Unlock()
}

func (c *Client) DialContext(ctx context.Context, addr string) (*grpc.ClientConn, error) {
	if addr == c.self {
		return nil, errors.New("attempted to dial self")
	}

	c.peersLock.Lock()
	if conn, exists := c.peers[addr]; exists {
		c.peersLock.Unlock()
		return conn, nil
	}
	c.peersLock.Unlock()

	conn, err := grpc.DialContext(ctx, addr, c.dopts...)
	if err != nil {
		return nil, err
	}

	c.peersLock.Lock()
	c.peers[conn.Target()] = conn // Noncompliant
	c.peersLock.Unlock()

	go c.connLoop(conn)
	return conn, nil
}

// FindNode performs parallel lookups; several workers may dial the same address.
func (c *Client) FindNode(addrs []string) {
	var wg sync.WaitGroup
	for _, a := range addrs {
		wg.Add(1)
		go func(addr string) {
			defer wg.Done()
			_, _ = c.DialContext(context.Background(), addr)
		}(a)
	}
	wg.Wait()
}
