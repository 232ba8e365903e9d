// https://github.com/NethermindEth/juno/pull/2434
// Fixed version: a weighted semaphore bounds the number of connections; acquiring a
// slot is a single operation, so the limit cannot be exceeded.
package jsonrpc

import (
	"context"
	"net/http"
	"time"
)

// weighted is a stand-in for golang.org/x/sync/semaphore.Weighted.
type weighted struct {
	slots chan struct{}
}

func newWeighted(n int64) *weighted {
	return &weighted{slots: make(chan struct{}, n)}
}

func (s *weighted) Acquire(ctx context.Context, n int64) error {
	for i := int64(0); i < n; i++ {
		select {
		case s.slots <- struct{}{}:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

func (s *weighted) Release(n int64) {
	for i := int64(0); i < n; i++ {
		<-s.slots
	}
}

type WebsocketServer struct {
	connSem *weighted
	serve   func(w http.ResponseWriter, r *http.Request)
}

func NewWebsocketServer(serve func(w http.ResponseWriter, r *http.Request)) *WebsocketServer {
	return &WebsocketServer{connSem: newWeighted(2048), serve: serve}
}

func (ws *WebsocketServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	if err := ws.connSem.Acquire(ctx, 1); err != nil {
		http.Error(w, "Too many connections", http.StatusServiceUnavailable)
		return
	}
	defer ws.connSem.Release(1)

	ws.serve(w, r)
}
