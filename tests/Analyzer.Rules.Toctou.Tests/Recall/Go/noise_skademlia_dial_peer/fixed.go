// https://github.com/perlin-network/noise/pull/237
// Fixed: peersLock stays held from the lookup through grpc.DialContext and the insert, so a
// second caller for the same address waits and then finds the registered connection.
package skademlia

import (
	"context"
	"errors"
	"sync"

	"google.golang.org/grpc"
)

type SafeClient struct {
	self      string
	dopts     []grpc.DialOption
	peersLock sync.Mutex
	peers     map[string]*grpc.ClientConn
}

func (c *SafeClient) watchConn(conn *grpc.ClientConn) {
	<-context.Background().Done()
	c.peersLock.Lock()
	delete(c.peers, conn.Target())
	c.peersLock.Unlock()
}

func (c *SafeClient) DialPeer(ctx context.Context, addr string) (*grpc.ClientConn, error) {
	if addr == c.self {
		return nil, errors.New("attempted to dial self")
	}

	c.peersLock.Lock()
	if conn, exists := c.peers[addr]; exists {
		c.peersLock.Unlock()
		return conn, nil
	}

	conn, err := grpc.DialContext(ctx, addr, c.dopts...)
	if err != nil {
		c.peersLock.Unlock()
		return nil, err
	}

	c.peers[conn.Target()] = conn
	go c.watchConn(conn)
	c.peersLock.Unlock()

	return conn, nil
}

func (c *SafeClient) LookupNodes(addrs []string) {
	var wg sync.WaitGroup
	for _, a := range addrs {
		wg.Add(1)
		go func(addr string) {
			defer wg.Done()
			_, _ = c.DialPeer(context.Background(), addr)
		}(a)
	}
	wg.Wait()
}
