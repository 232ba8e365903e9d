// https://github.com/NethermindEth/juno/pull/2434
// Review of PR #2427: ServeHTTP compared connCount with maxConns and only then incremented it,
// so two upgrade requests arriving at maxConns-1 both passed the check and both were served,
// exceeding the limit. The fix replaces the counter with a golang.org/x/sync/semaphore
// that is acquired before the connection is served.
package jsonrpc

import (
	"net/http"
	"sync/atomic"
)

const maxConns = 2048

type Websocket struct {
	connCount atomic.Int64
	maxConns  int64
	serve     func(w http.ResponseWriter, r *http.Request)
}

func NewWebsocket(serve func(w http.ResponseWriter, r *http.Request)) *Websocket {
	return &Websocket{maxConns: maxConns, serve: serve}
}

// ServeHTTP upgrades the request to a websocket connection; net/http runs it
// on one goroutine per incoming request.
func (ws *Websocket) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	// Check connection limit
	if ws.connCount.Load() >= ws.maxConns {
		http.Error(w, "Too many connections", http.StatusServiceUnavailable)
		return
	}
	ws.connCount.Add(1) // Noncompliant
	defer ws.connCount.Add(-1)

	ws.serve(w, r)
}

func listen(addr string, ws *Websocket) error {
	mux := http.NewServeMux()
	mux.Handle("/ws", ws)
	return http.ListenAndServe(addr, mux)
}
