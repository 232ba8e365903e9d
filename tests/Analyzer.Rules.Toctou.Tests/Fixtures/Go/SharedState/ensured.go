package sharedstate

import (
	"net/http"
	"sync"
)

// ClientPool sets its client under its lock when the test finds none, then hands it out after the lock is released:
// Close, which clears it, can come in between, and Client returns nil.
type ClientPool struct {
	mu     sync.Mutex
	client *http.Client
}

func (p *ClientPool) Client() *http.Client {
	p.mu.Lock() // Secondary [lock]
	if p.client == nil { // Secondary [check]
		p.client = &http.Client{}
	}
	p.mu.Unlock()
	return p.client // Noncompliant [TOCTOU001] {{p.client is checked at line 17 and returned at line 21, which reads it again, while ClientPool.Close empties it at line 26, but p.mu is released before the act}}
}

func (p *ClientPool) Close() {
	p.mu.Lock()
	p.client = nil // Secondary [act]
	p.mu.Unlock()
}

// HeldPool hands the client out before its deferred unlock, and Close clears it under the same lock: nothing comes
// between.
type HeldPool struct {
	mu     sync.Mutex
	client *http.Client
}

func (p *HeldPool) Client() *http.Client {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.client == nil {
		p.client = &http.Client{}
	}
	return p.client
}

func (p *HeldPool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.client = nil
}

// KeptPool never clears its client once set: what the test made sure of stays true.
type KeptPool struct {
	mu     sync.Mutex
	client *http.Client
}

func (p *KeptPool) Client() *http.Client {
	p.mu.Lock()
	if p.client == nil {
		p.client = &http.Client{}
	}
	p.mu.Unlock()
	return p.client
}
