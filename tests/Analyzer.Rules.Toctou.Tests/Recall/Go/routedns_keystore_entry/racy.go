// https://github.com/folbricht/routedns/pull/578
// getItem looked a zone's entry up under the read lock and, on a miss, created one and stored it under a separate
// write lock: two goroutines resolving the same zone both missed and both inserted, and records later added to the
// overwritten entry were lost. The fix checks the map again under the write lock.
package dnssec

import "sync"

type keystoreEntry struct {
	mu     sync.Mutex
	ds     []string
	dnskey []string
}

type keystore struct {
	mu    sync.RWMutex
	store map[string]*keystoreEntry
}

func (s *keystore) getItem(name string) *keystoreEntry {
	s.mu.RLock()
	item, ok := s.store[name]
	s.mu.RUnlock()
	if ok {
		return item
	}
	item = new(keystoreEntry)
	s.mu.Lock()
	s.store[name] = item // Noncompliant [TOCTOU001]
	s.mu.Unlock()
	return item
}

func (s *keystore) addDS(name string, ds string) {
	e := s.getItem(name)
	e.mu.Lock()
	e.ds = append(e.ds, ds)
	e.mu.Unlock()
}
