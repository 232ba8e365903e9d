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
