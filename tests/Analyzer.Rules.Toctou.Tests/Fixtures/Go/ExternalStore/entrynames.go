package externalstore

import "sync"

type KeyNamer interface {
	GetKey(tenant string) string
	Build(tenant string) (string, error)
}

// PlugCache asks the provider only for the name of its own entry: no object of the provider's is kept, so there is
// nothing stale to act on. Its own entry, looked up under the read lock and filled under the write lock with no
// second look, is another matter.
type PlugCache struct {
	mu       sync.RWMutex
	provider KeyNamer
	entries  map[string]string
}

func (c *PlugCache) Get(tenant string) (string, error) {
	key := c.provider.GetKey(tenant)
	c.mu.RLock()
	built, ok := c.entries[key] // Secondary [check]
	c.mu.RUnlock()
	if ok {
		return built, nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	built, err := c.provider.Build(tenant)
	if err != nil {
		return "", err
	}
	c.entries[key] = built // Noncompliant [TOCTOU001] {{c.entries[key] is checked at line 22 and changed at line 33 by c.entries[key], checked under the read lock c.mu and changed under the write lock taken at line 27 without re-checking; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
	return built, nil
}
