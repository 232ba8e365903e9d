package laterstartsconfined

import "sync"

// processImplicit fills the entry it has just made before it publishes it and starts the goroutine that uses it: the
// call needs no lock, and the one other call holds it.
type remoteCfg struct {
	sync.RWMutex
	urls map[string]bool
}

// addURLs adds the URLs. Write lock is held on entry.
func (g *remoteCfg) addURLs(urls []string) {
	for _, u := range urls {
		if !g.urls[u] {
			g.urls[u] = true // Noncompliant [TOCTOU001] {{g.urls[u] is checked at line 15 and changed at line 16 by g.urls[u], which is safe only if every caller holds the lock on g, as the documentation of addURLs at line 12 ("Write lock is held on entry.") says; 2 of the 3 calls to it in the package hold it, but gateways.processShared calls it without (not counting 1 on an object its caller has just made)}}
		}
	}
}

func (g *remoteCfg) updateURLs(urls []string) {
	g.Lock()
	g.urls = map[string]bool{}
	g.addURLs(urls)
	g.Unlock()
}

type gateways struct {
	sync.Mutex
	remotes map[string]*remoteCfg
}

func (s *gateways) processImplicit(name string, urls []string) {
	s.Lock()
	defer s.Unlock()
	cfg := s.remotes[name]
	if cfg != nil {
		cfg.Lock()
		cfg.addURLs(urls)
		cfg.Unlock()
		return
	}
	cfg = &remoteCfg{urls: map[string]bool{}}
	cfg.addURLs(urls)
	s.remotes[name] = cfg
	go s.solicit(cfg)
}

func (s *gateways) solicit(cfg *remoteCfg) {
	cfg.Lock()
	cfg.urls["self"] = true
	cfg.Unlock()
}

// processShared publishes the entry first: the call after that is made on an object others can reach.
func (s *gateways) processShared(name string, urls []string) {
	s.Lock()
	defer s.Unlock()
	cfg := &remoteCfg{urls: map[string]bool{}}
	s.remotes[name] = cfg
	go s.solicit(cfg)
	cfg.addURLs(urls)
}
