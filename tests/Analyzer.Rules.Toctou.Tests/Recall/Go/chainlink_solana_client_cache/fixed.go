// https://github.com/smartcontractkit/chainlink/pull/6411
// Fixed: after building the client, re-check clientCache under the write lock and
// keep the entry that is already there (discarding the duplicate).
package solanachain

import "sync"

type fixedChain struct {
	id          string
	clientCache map[string]*cachedClient
	clientLock  sync.RWMutex
}

func (c *fixedChain) verifiedClientFixed(url string) (ReaderWriter, error) {
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
		if cached, ok := c.clientCache[url]; !ok {
			c.clientCache[url] = client
		} else {
			client = cached
		}
		c.clientLock.Unlock()
	}
	return client, nil
}

func runTxmAndMonitorFixed(c *fixedChain, url string) {
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = c.verifiedClientFixed(url)
		}()
	}
	wg.Wait()
}
