// https://github.com/smartcontractkit/chainlink/pull/6411
// verifiedClient looks the node URL up in clientCache under the read lock, releases it,
// builds a new client and then stores it under the write lock without looking again, so
// two parallel callers for the same URL both build a client and the second overwrites the first.
// Fix: re-check the map under the write lock and reuse the cached client if one appeared.
package solanachain

import (
	"errors"
	"sync"
)

type ReaderWriter interface {
	ChainID() (string, error)
}

type rpcClient struct{ url string }

func (r *rpcClient) ChainID() (string, error) { return "devnet", nil }

func newRPCClient(url string) (ReaderWriter, error) {
	if url == "" {
		return nil, errors.New("empty url")
	}
	return &rpcClient{url: url}, nil
}

type cachedClient struct {
	nodeURL         string
	expectedChainID string
	ReaderWriter
}

type chain struct {
	id          string
	clientCache map[string]*cachedClient
	clientLock  sync.RWMutex
}

func (c *chain) verifiedClient(url string) (ReaderWriter, error) {
	c.clientLock.RLock()
	client, exists := c.clientCache[url]
	c.clientLock.RUnlock()

	if !exists {
		client = &cachedClient{nodeURL: url, expectedChainID: c.id}
		rw, err := newRPCClient(url)
		if err != nil {
			return nil, err
		}
		client.ReaderWriter = rw

		c.clientLock.Lock()
		c.clientCache[url] = client // Noncompliant
		c.clientLock.Unlock()
	}
	return client, nil
}

func (c *chain) cachedURLs() []string {
	c.clientLock.RLock()
	defer c.clientLock.RUnlock()
	out := make([]string, 0, len(c.clientCache))
	for u := range c.clientCache {
		out = append(out, u)
	}
	return out
}

func runTxmAndMonitor(c *chain, url string) {
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ { // tx manager and balance monitor both ask for a client
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = c.verifiedClient(url)
		}()
	}
	wg.Wait()
}
