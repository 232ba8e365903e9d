package sharedstate

import "sync"

type pathGates struct {
	mu    sync.Mutex
	gates map[string]*sync.Mutex
}

func (p *pathGates) forPath(path string) *sync.Mutex {
	p.mu.Lock()
	defer p.mu.Unlock()
	g := p.gates[path]
	if g == nil {
		g = &sync.Mutex{}
		p.gates[path] = g
	}
	return g
}

// The per-path lock the call hands back is locked and unlocked here, so it is a lock whatever the local is called: it
// is held from the look to the store, and every writer of one path takes the same one.
type uploadLog struct {
	mu    sync.Mutex
	gates pathGates
	seen  map[string]bool
}

func (u *uploadLog) Record(path string) bool {
	g := u.gates.forPath(path)
	g.Lock()
	defer g.Unlock()
	u.mu.Lock()
	done := u.seen[path]
	u.mu.Unlock()
	if done {
		return false
	}
	u.mu.Lock()
	u.seen[path] = true
	u.mu.Unlock()
	return true
}

func (u *uploadLog) RecordAll(paths []string) {
	var wg sync.WaitGroup
	for _, path := range paths {
		wg.Add(1)
		go func(path string) {
			defer wg.Done()
			u.Record(path)
		}(path)
	}
	wg.Wait()
}
