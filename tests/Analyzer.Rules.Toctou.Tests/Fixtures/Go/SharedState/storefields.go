package sharedstate

import "sync"

type Deliverer interface {
	Deliver(msg string) error
}

type netDeliverer struct{ addr string }

func (n *netDeliverer) Deliver(msg string) error { return nil }

// Gateway locks its routes, so it is shared; the deliverer, a field typed by an interface, is made on first use with
// no lock: two callers can both find it missing and both make one.
type Gateway struct {
	mu      sync.Mutex
	routes  map[string]string
	deliverer Deliverer
}

func (g *Gateway) AddRoute(from, to string) {
	g.mu.Lock()
	g.routes[from] = to
	g.mu.Unlock()
}

func (g *Gateway) Outbound() Deliverer {
	if g.deliverer == nil { // Secondary [check]
		g.deliverer = &netDeliverer{addr: "localhost"} // Noncompliant [TOCTOU001] {{g.deliverer is checked at line 28 and changed at line 29 by g.deliverer, with no lock held at either point, though Gateway has a lock, mu; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
	}
	return g.deliverer
}

// Made under the lock: one caller makes it.
type LockedGateway struct {
	mu      sync.Mutex
	routes  map[string]string
	deliverer Deliverer
}

func (g *LockedGateway) AddRoute(from, to string) {
	g.mu.Lock()
	g.routes[from] = to
	g.mu.Unlock()
}

func (g *LockedGateway) Outbound() Deliverer {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.deliverer == nil {
		g.deliverer = &netDeliverer{addr: "localhost"}
	}
	return g.deliverer
}
