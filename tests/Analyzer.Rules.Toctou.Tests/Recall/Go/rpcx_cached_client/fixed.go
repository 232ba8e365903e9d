// https://github.com/smallnest/rpcx/issues/772
// Fixed: getCachedClient holds the client mutex across the cache lookup, the
// connection creation and the store, so one connection is made per server.
package client

import (
	"errors"
	"net"
	"sync"

	"golang.org/x/sync/singleflight"
)

type lockedXClient struct {
	mu           sync.Mutex
	cachedClient map[string]RPCClient
	isShutdown   bool
	slGroup      singleflight.Group
}

func (c *lockedXClient) dial(k string) (RPCClient, error) {
	conn, err := net.Dial("tcp", k)
	if err != nil {
		return nil, err
	}
	return &Client{conn: conn}, nil
}

func (c *lockedXClient) cachedOrNew(k string) (RPCClient, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.isShutdown {
		return nil, errors.New("this xclient is closed")
	}

	client := c.cachedClient[k]
	if client == nil || client.IsShutdown() {
		generated, err, _ := c.slGroup.Do(k, func() (interface{}, error) {
			return c.dial(k)
		})
		c.slGroup.Forget(k)
		if err != nil {
			return nil, err
		}
		client = generated.(RPCClient)
		c.cachedClient[k] = client
	}
	return client, nil
}

func (c *lockedXClient) dropClient(k string, client RPCClient) {
	c.mu.Lock()
	if c.cachedClient[k] == client {
		delete(c.cachedClient, k)
	}
	c.mu.Unlock()
	if client != nil {
		client.Close()
	}
}

func (c *lockedXClient) BroadcastAll(servers []string) {
	for _, k := range servers {
		go func(k string) {
			cl, err := c.cachedOrNew(k)
			if err != nil {
				c.dropClient(k, cl)
			}
		}(k)
	}
}
