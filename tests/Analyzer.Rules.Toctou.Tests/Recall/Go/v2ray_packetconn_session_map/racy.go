// https://github.com/v2fly/v2ray-core/pull/3130
// The request-to-packetconn server kept its sessions in a plain map that every
// HTTP round trip read, and on a miss created a session and stored it, with no
// lock; concurrent round trips crashed with "concurrent map read and map write"
// and could register two sessions for one id. Fix: sync.Map with LoadOrStore.
package packetconn

import (
	"context"
	"errors"
	"net/http"
)

type sessionReceiver interface {
	OnNewSession(ctx context.Context, s *serverSession) error
}

type serverSession struct {
	id     string
	server *packetConnServer
	finish context.CancelFunc
}

func (s *serverSession) Close() error {
	s.server.removeSession(s.id)
	s.finish()
	return nil
}

type packetConnServer struct {
	receiver   sessionReceiver
	sessionMap map[string]*serverSession
}

func (r *packetConnServer) OnRoundTrip(ctx context.Context, tag []byte) (*serverSession, error) {
	if tag == nil {
		return nil, errors.New("nil session id")
	}
	sessionID := string(tag)
	session, found := r.sessionMap[sessionID]
	if !found {
		sctx, cancel := context.WithCancel(ctx)
		_ = sctx
		session = &serverSession{id: sessionID, server: r, finish: cancel}
		r.sessionMap[sessionID] = session // Noncompliant
		if err := r.receiver.OnNewSession(ctx, session); err != nil {
			return nil, err
		}
	}
	return session, nil
}

func (r *packetConnServer) removeSession(id string) {
	delete(r.sessionMap, id)
}

// ServeHTTP runs in one goroutine per incoming request.
func (r *packetConnServer) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if _, err := r.OnRoundTrip(req.Context(), []byte(req.Header.Get("X-Session"))); err != nil {
		w.WriteHeader(http.StatusBadRequest)
	}
}
