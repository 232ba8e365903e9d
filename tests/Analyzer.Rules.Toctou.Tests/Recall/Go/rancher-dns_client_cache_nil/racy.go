// https://github.com/rancher/rancher-dns/pull/66
// The DNS handler first calls addClientCache (create the per-client cache if absent) and then
// getClientCache to fetch it. A concurrent clearClientSpecificCaches can swap the map in between,
// so the second lookup returns nil and Hit panics. Fix: one function creates and returns the cache.
package rancherdns

import (
	"sync"

	"github.com/miekg/dns"
)

type answerCache struct {
	mu      sync.Mutex
	entries map[string]*dns.Msg
}

func newAnswerCache() *answerCache {
	return &answerCache{entries: make(map[string]*dns.Msg)}
}

func (c *answerCache) Hit(q dns.Question, id uint16) *dns.Msg {
	c.mu.Lock()
	defer c.mu.Unlock()
	m := c.entries[q.Name]
	if m != nil {
		m.Id = id
	}
	return m
}

var (
	perClientMu     sync.RWMutex
	perClientCaches = make(map[string]*answerCache)
)

func lookupClientCache(clientIP string) *answerCache {
	perClientMu.RLock()
	c, ok := perClientCaches[clientIP]
	perClientMu.RUnlock()
	if ok {
		return c
	}
	return nil
}

func ensureClientCache(clientIP string) {
	if c := lookupClientCache(clientIP); c != nil {
		return
	}
	perClientMu.Lock()
	perClientCaches[clientIP] = newAnswerCache() // Noncompliant
	perClientMu.Unlock()
}

// clientCacheHit runs in the miekg/dns handler goroutine for each request.
func clientCacheHit(clientIP string, req *dns.Msg) *dns.Msg {
	ensureClientCache(clientIP)
	c := lookupClientCache(clientIP)
	return c.Hit(req.Question[0], req.MsgHdr.Id) // Noncompliant
}

// resetClientCaches runs from the metadata reload goroutine.
func resetClientCaches() {
	perClientMu.Lock()
	perClientCaches = make(map[string]*answerCache)
	perClientMu.Unlock()
}

func serveRacy(w dns.ResponseWriter, req *dns.Msg) {
	if m := clientCacheHit(w.RemoteAddr().String(), req); m != nil {
		_ = w.WriteMsg(m)
	}
}

func startRacy(reload <-chan struct{}) {
	go func() {
		for range reload {
			resetClientCaches()
		}
	}()
	dns.HandleFunc(".", serveRacy)
}
