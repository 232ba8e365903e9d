package typedlocals

import "sync"

// A local given an item of a map or slice field, or what a method of its type returns, is an object of the item's
// type: a caller that takes its lock (embedded or named) holds the lock the called method's documentation asks for.
type remoteGateway struct {
	sync.RWMutex
	urls map[string]bool
}

// Write lock is held on entry.
func (g *remoteGateway) addGatewayURLs(urls []string) {
	for _, u := range urls {
		if !g.urls[u] {
			g.urls[u] = true
		}
	}
}

func (g *remoteGateway) updateGatewayURLs(urls []string) {
	g.Lock()
	g.addGatewayURLs(urls)
	g.Unlock()
}

type gatewayTable struct {
	sync.RWMutex
	remotes map[string]*remoteGateway
}

type gatewayServer struct {
	gateway *gatewayTable
}

func (s *gatewayServer) processImplicitGateway(name string, urls []string) {
	s.gateway.Lock()
	defer s.gateway.Unlock()
	cfg := s.gateway.remotes[name]
	if cfg != nil {
		cfg.Lock()
		cfg.addGatewayURLs(urls)
		cfg.Unlock()
		return
	}
	cfg = &remoteGateway{urls: map[string]bool{}}
	cfg.addGatewayURLs(urls)
	s.gateway.remotes[name] = cfg
}

type subjectBlock struct {
	mu   sync.Mutex
	subs map[string]int
}

// Lock should be held.
func (mb *subjectBlock) removeSubject(subj string) {
	if n := mb.subs[subj]; n <= 1 {
		delete(mb.subs, subj)
		return
	}
	mb.subs[subj]--
}

func (mb *subjectBlock) addSubject(subj string) {
	mb.mu.Lock()
	mb.subs[subj]++
	mb.mu.Unlock()
}

type subjectStore struct {
	mu   sync.Mutex
	blks []*subjectBlock
}

func (fs *subjectStore) selectSubjectBlock(i int) *subjectBlock {
	if i < len(fs.blks) {
		return fs.blks[i]
	}
	return nil
}

func (fs *subjectStore) removeAt(i int, subj string) {
	mb := fs.blks[i]
	mb.mu.Lock()
	mb.removeSubject(subj)
	mb.mu.Unlock()
}

func (fs *subjectStore) remove(i int, subj string) {
	mb := fs.selectSubjectBlock(i)
	if mb == nil {
		return
	}
	mb.mu.Lock()
	mb.removeSubject(subj)
	mb.mu.Unlock()
}
