// https://github.com/smallnest/rpcx/issues/772
// getCachedClient checked the cachedClient map under an RLock, released it,
// then built a connection through singleflight and stored it under the write
// lock; after slGroup.Forget several callers could still find nil and each
// dial a new connection, leaking the ones that were overwritten.
// Fix: take c.mu for the whole lookup-create-store sequence.
package client

import (
	"errors"
	"net"
	"sync"

	"golang.org/x/sync/singleflight"
)

type RPCClient interface {
	IsShutdown() bool
	Close() error
}

type Client struct{ conn net.Conn }

func (c *Client) IsShutdown() bool { return c.conn == nil }
func (c *Client) Close() error     { return c.conn.Close() }

type xClient struct {
	mu           sync.RWMutex
	cachedClient map[string]RPCClient
	isShutdown   bool
	slGroup      singleflight.Group
}

func (c *xClient) generateClient(k string) (RPCClient, error) {
	conn, err := net.Dial("tcp", k)
	if err != nil {
		return nil, err
	}
	return &Client{conn: conn}, nil
}

func (c *xClient) getCachedClient(k string) (RPCClient, error) {
	c.mu.RLock()
	if c.isShutdown {
		c.mu.RUnlock()
		return nil, errors.New("this xclient is closed")
	}
	client := c.cachedClient[k]
	c.mu.RUnlock()

	if client == nil || client.IsShutdown() {
		generated, err, _ := c.slGroup.Do(k, func() (interface{}, error) {
			return c.generateClient(k)
		})
		c.slGroup.Forget(k)
		if err != nil {
			return nil, err
		}
		client = generated.(RPCClient)

		c.mu.Lock()
		c.cachedClient[k] = client // Noncompliant
		c.mu.Unlock()
	}
	return client, nil
}

func (c *xClient) removeClient(k string, client RPCClient) {
	c.mu.Lock()
	if c.cachedClient[k] == client {
		delete(c.cachedClient, k)
	}
	c.mu.Unlock()
	if client != nil {
		client.Close()
	}
}

func (c *xClient) Broadcast(servers []string) {
	for _, k := range servers {
		go func(k string) {
			cl, err := c.getCachedClient(k)
			if err != nil {
				c.removeClient(k, cl)
			}
		}(k)
	}
}
