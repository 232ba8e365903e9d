// https://github.com/hashicorp/vault/pull/22571
// Fixed version: the pointer is read once under the read lock and both the nil test and
// the call use that local copy, so a concurrent stop cannot turn the call into a nil
// dereference.
package vault

import "sync"

type tokenInfo struct {
	ID       string
	ClientID string
}

type clientCounter struct {
	mu      sync.Mutex
	done    chan struct{}
	clients map[string]int
}

func (a *clientCounter) record(te *tokenInfo) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.clients[te.ClientID]++
	return nil
}

type vaultCore struct {
	counterLock sync.RWMutex
	counter     *clientCounter
}

func (c *vaultCore) stopCounter() {
	c.counterLock.Lock()
	defer c.counterLock.Unlock()
	if c.counter != nil {
		close(c.counter.done)
	}
	c.counter = nil
}

func (c *vaultCore) checkToken(te *tokenInfo, unauth bool) error {
	c.counterLock.RLock()
	counter := c.counter
	c.counterLock.RUnlock()
	if !unauth && counter != nil {
		if err := counter.record(te); err != nil {
			return err
		}
	}
	return nil
}
