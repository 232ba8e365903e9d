package sharedstate

import "sync"

// A package-level registry read through a plain helper: lookupPeer answers under peerMu and lets it go, so two
// callers of ConnectPeer can both find no connection for an address and both store their own, and each goes on with
// its own.
var (
	peerMu    sync.Mutex
	peerConns = map[string]*PeerConn{}
)

type PeerConn struct{ addr string }

func lookupPeer(addr string) *PeerConn {
	peerMu.Lock()
	defer peerMu.Unlock()
	return peerConns[addr]
}

func ConnectPeer(addr string) *PeerConn {
	c := lookupPeer(addr)
	if c == nil {
		c = &PeerConn{addr: addr}
		peerMu.Lock()
		peerConns[addr] = c // Noncompliant [TOCTOU001] {{peerConns[addr] is checked at line 22 and changed at line 26 by peerConns[addr], and peerMu is released and re-taken at line 25 in between; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
		peerMu.Unlock()
	}
	return c
}

// ConnectPeerOnce asks again under the lock it stores under: the helper's answer only saves taking the lock.
func ConnectPeerOnce(addr string) *PeerConn {
	if c := lookupPeer(addr); c != nil {
		return c
	}
	peerMu.Lock()
	defer peerMu.Unlock()
	if c := peerConns[addr]; c != nil {
		return c
	}
	c := &PeerConn{addr: addr}
	peerConns[addr] = c
	return c
}

// The same through a helper handed the book: findPeer answers under the book's lock, which the caller's method and
// the plain function both take again to store, so the entry the helper did not find may be there by then.
type PeerBook struct {
	mu    sync.Mutex
	conns map[string]*PeerConn
}

func findPeer(book *PeerBook, key string) *PeerConn {
	book.mu.Lock()
	defer book.mu.Unlock()
	return book.conns[key]
}

func (b *PeerBook) Connect(addr string) *PeerConn {
	c := findPeer(b, addr)
	if c == nil {
		c = &PeerConn{addr: addr}
		b.mu.Lock()
		b.conns[addr] = c // Noncompliant [TOCTOU001] {{b.conns[addr] is checked at line 61 and changed at line 65 by b.conns[addr], and b.mu is released and re-taken at line 64 in between; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
		b.mu.Unlock()
	}
	return c
}

func ConnectIn(book *PeerBook, addr string) *PeerConn {
	c := findPeer(book, addr)
	if c == nil {
		c = &PeerConn{addr: addr}
		book.mu.Lock()
		book.conns[addr] = c // Noncompliant [TOCTOU001] {{book.conns[addr] is checked at line 72 and changed at line 76 by book.conns[addr], and book.mu is released and re-taken at line 75 in between; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
		book.mu.Unlock()
	}
	return c
}

// ConnectHeld holds the book's lock from the lookup to the store.
func (b *PeerBook) ConnectHeld(addr string) *PeerConn {
	b.mu.Lock()
	defer b.mu.Unlock()
	c := peerIn(b, addr)
	if c == nil {
		c = &PeerConn{addr: addr}
		b.conns[addr] = c
	}
	return c
}

func peerIn(book *PeerBook, key string) *PeerConn {
	return book.conns[key]
}

// ConnectTaken takes the book's lock through a plain helper and holds it from the lookup to the store.
func lockPeerBook(book *PeerBook) {
	book.mu.Lock()
}

func (b *PeerBook) ConnectTaken(addr string) *PeerConn {
	lockPeerBook(b)
	defer b.mu.Unlock()
	c := b.conns[addr]
	if c == nil {
		c = &PeerConn{addr: addr}
		b.conns[addr] = c
	}
	return c
}

// A package-level value made on first use through a plain helper that sets it under peerMu: two callers can both find
// it missing and both make one. ensurePeerTransport asks again under the lock, so its callers' tests only save a call.
var peerTransport *PeerConn

func setupPeerTransport() {
	peerMu.Lock()
	defer peerMu.Unlock()
	peerTransport = &PeerConn{addr: "transport"}
}

func PeerTransport() *PeerConn {
	if peerTransport == nil {
		setupPeerTransport() // Noncompliant [TOCTOU001] {{peerTransport is checked at line 125 and changed at line 126 by setupPeerTransport(), but the check runs before peerMu is taken at line 126, inside setupPeerTransport()}}
	}
	return peerTransport
}

func ensurePeerTransport() {
	peerMu.Lock()
	defer peerMu.Unlock()
	if peerTransport == nil {
		peerTransport = &PeerConn{addr: "transport"}
	}
}

func PeerTransportOnce() *PeerConn {
	if peerTransport == nil {
		ensurePeerTransport()
	}
	return peerTransport
}

// A sync.Map read through a plain helper: each call is atomic, the lookup and the store are not. JoinPeerOnce stores
// with LoadOrStore, which looks up and stores in one step.
var peerSessions sync.Map

func peerSession(addr string) *PeerConn {
	v, ok := peerSessions.Load(addr)
	if !ok {
		return nil
	}
	return v.(*PeerConn)
}

func JoinPeer(addr string) *PeerConn {
	c := peerSession(addr)
	if c == nil {
		c = &PeerConn{addr: addr}
		peerSessions.Store(addr, c) // Noncompliant [TOCTOU001] {{peerSessions is checked at line 159 and changed at line 162 by peerSessions.Store(addr, c), with no lock held at either point; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is}}
	}
	return c
}

func JoinPeerOnce(addr string) *PeerConn {
	if c := peerSession(addr); c != nil {
		return c
	}
	v, _ := peerSessions.LoadOrStore(addr, &PeerConn{addr: addr})
	return v.(*PeerConn)
}

// Methods promoted from an embedded type run on the embedding object: PeerHub's Attach looks a row up and stores it
// through peerTable's methods, each under the table's lock, and Serve starts Attach side by side.
type peerTable struct {
	mu   sync.Mutex
	rows map[string]*PeerConn
}

func (t *peerTable) row(k string) *PeerConn {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.rows[k]
}

func (t *peerTable) setRow(k string, c *PeerConn) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.rows[k] = c
}

type PeerHub struct {
	peerTable
}

func (h *PeerHub) Attach(addr string) {
	if h.row(addr) == nil {
		h.setRow(addr, &PeerConn{addr: addr}) // Noncompliant [TOCTOU001] {{h.rows[addr] is checked at line 199 and changed at line 200 by h.setRow(addr, &PeerConn{addr: addr}), and h.mu is released and re-taken at line 200, inside setRow() in between}}
	}
}

func (h *PeerHub) Serve(addrs []string) {
	for _, a := range addrs {
		go h.Attach(a)
	}
}

// A count read and raised through plain helpers, each under peerMu: peerDialsSoFar answers the variable itself, so a
// test of its answer is a test of the count, and two callers can both pass it and both raise it past the limit.
var peerDials int

func peerDialsSoFar() int {
	peerMu.Lock()
	defer peerMu.Unlock()
	return peerDials
}

func notePeerDial() {
	peerMu.Lock()
	peerDials++
	peerMu.Unlock()
}

func AdmitPeerDial(limit int) bool {
	if peerDialsSoFar() >= limit {
		return false
	}
	notePeerDial() // Noncompliant [TOCTOU001] {{peerDials is checked at line 227 and changed at line 230 by notePeerDial(), and peerMu is released and re-taken at line 230, inside notePeerDial() in between}}
	return true
}
