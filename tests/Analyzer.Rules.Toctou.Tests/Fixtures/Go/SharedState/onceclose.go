package onceclose

import "sync"

// Shutdown closes quit only once: the caller that sets the flag under mu is the only one past the test, even though
// the close comes after mu is let go.
type relay struct {
	mu       sync.Mutex
	shutdown bool
	quit     chan struct{}
	clients  map[string]bool
}

func (r *relay) Shutdown() {
	r.mu.Lock()
	if r.shutdown {
		r.mu.Unlock()
		return
	}
	r.shutdown = true
	r.clients = nil
	r.mu.Unlock()
	close(r.quit)
}

func (r *relay) drain() {
	select {
	case <-r.quit:
		return
	default:
	}
	r.Shutdown()
}

func serveRelay(r *relay) {
	go r.drain()
	go r.drain()
}

// Stop closes quit every time it is called: two drains that both find it open both close it.
type pump struct {
	mu      sync.Mutex
	quit    chan struct{}
	clients map[string]bool
}

func (p *pump) Stop() {
	p.mu.Lock()
	p.clients = nil
	p.mu.Unlock()
	close(p.quit)
}

func (p *pump) drain() {
	select {
	case <-p.quit: // Secondary [check]
		return
	default:
	}
	p.Stop() // Noncompliant [TOCTOU001] {{p.quit is checked at line 56 and changed at line 60 by p.Stop(), with no lock held at either point, while drain is started in parallel at line 64; two callers that run it at once can both pass the test and both reach p.Stop() at line 60, which fails when it is made twice}}
}

func servePump(p *pump) {
	go p.drain()
	go p.drain()
}
