// https://github.com/rancher/rancher-dns/pull/66
// Fixed: getOrAddClientCache returns the cache it found or created, so the caller never
// re-reads the shared map after another goroutine may have cleared it.
package rancherdns

import (
	"sync"

	"github.com/miekg/dns"
)

var (
	clientCachesMu sync.RWMutex
	clientCaches   = make(map[string]*answerCache)
)

func getOrAddClientCache(clientIP string) *answerCache {
	clientCachesMu.RLock()
	c, ok := clientCaches[clientIP]
	clientCachesMu.RUnlock()
	if !ok {
		c = newAnswerCache()
		clientCachesMu.Lock()
		clientCaches[clientIP] = c
		clientCachesMu.Unlock()
	}
	return c
}

func perClientHit(clientIP string, req *dns.Msg) *dns.Msg {
	return getOrAddClientCache(clientIP).Hit(req.Question[0], req.MsgHdr.Id)
}

func clearClientCaches() {
	clientCachesMu.Lock()
	clientCaches = make(map[string]*answerCache)
	clientCachesMu.Unlock()
}

func serveFixed(w dns.ResponseWriter, req *dns.Msg) {
	if m := perClientHit(w.RemoteAddr().String(), req); m != nil {
		_ = w.WriteMsg(m)
	}
}

func startFixed(reload <-chan struct{}) {
	go func() {
		for range reload {
			clearClientCaches()
		}
	}()
	dns.HandleFunc(".", serveFixed)
}
