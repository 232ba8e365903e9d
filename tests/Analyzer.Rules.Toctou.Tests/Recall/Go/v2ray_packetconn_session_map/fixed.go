// https://github.com/v2fly/v2ray-core/pull/3130
// Fixed: sessions live in a sync.Map; a new session is published with
// LoadOrStore and OnNewSession runs only for the caller whose store won.
package packetconn

import (
	"context"
	"errors"
	"net/http"
	"sync"
)

type syncSession struct {
	id     string
	server *syncPacketConnServer
	finish context.CancelFunc
}

func (s *syncSession) Close() error {
	s.server.dropSession(s.id)
	s.finish()
	return nil
}

type syncReceiver interface {
	OnNewSession(ctx context.Context, s *syncSession) error
}

type syncPacketConnServer struct {
	receiver   syncReceiver
	sessionMap sync.Map
}

func (r *syncPacketConnServer) roundTrip(ctx context.Context, tag []byte) (*syncSession, error) {
	if tag == nil {
		return nil, errors.New("nil session id")
	}
	sessionID := string(tag)
	if v, found := r.sessionMap.Load(sessionID); found {
		return v.(*syncSession), nil
	}
	_, cancel := context.WithCancel(ctx)
	fresh := &syncSession{id: sessionID, server: r, finish: cancel}
	actual, loaded := r.sessionMap.LoadOrStore(sessionID, fresh)
	if !loaded {
		if err := r.receiver.OnNewSession(ctx, fresh); err != nil {
			return nil, err
		}
	} else {
		cancel()
	}
	return actual.(*syncSession), nil
}

func (r *syncPacketConnServer) dropSession(id string) {
	r.sessionMap.Delete(id)
}

func (r *syncPacketConnServer) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if _, err := r.roundTrip(req.Context(), []byte(req.Header.Get("X-Session"))); err != nil {
		w.WriteHeader(http.StatusBadRequest)
	}
}
