// https://github.com/dexidp/dex/pull/2692
// handleRefreshToken read the refresh token from storage, decided from that snapshot whether the
// request was inside the reuse interval, and otherwise called the upstream connector's Refresh
// (which spends the single-use upstream token) before the storage update. Parallel refreshes all
// hit the IdP and all but one failed (#2547). Fix: call the connector inside the storage updater.
package dexrefresh

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"net/http"
	"sync"
	"time"
)

var errNotFound = errors.New("not found")

type RefreshToken struct {
	ID            string
	Token         string
	ObsoleteToken string
	LastUsed      time.Time
	ConnectorData []byte
}

// memStorage follows dex's memory storage: every call takes the storage lock.
type memStorage struct {
	mu      sync.Mutex
	refresh map[string]RefreshToken
}

func (s *memStorage) GetRefresh(id string) (RefreshToken, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.refresh[id]
	if !ok {
		return RefreshToken{}, errNotFound
	}
	return r, nil
}

func (s *memStorage) UpdateRefreshToken(id string, updater func(old RefreshToken) (RefreshToken, error)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.refresh[id]
	if !ok {
		return errNotFound
	}
	r, err := updater(r)
	if err != nil {
		return err
	}
	s.refresh[id] = r
	return nil
}

type RefreshConnector interface {
	Refresh(ctx context.Context, connectorData []byte) ([]byte, error)
}

type Server struct {
	storage       *memStorage
	conn          RefreshConnector
	reuseInterval time.Duration
}

func newID() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func (s *Server) allowedToReuse(lastUsed time.Time) bool {
	return time.Since(lastUsed) < s.reuseInterval
}

func (s *Server) refreshWithConnector(ctx context.Context, reqToken string, refresh RefreshToken) ([]byte, error) {
	if s.allowedToReuse(refresh.LastUsed) && reqToken == refresh.ObsoleteToken {
		return refresh.ConnectorData, nil
	}
	return s.conn.Refresh(ctx, refresh.ConnectorData) // Noncompliant
}

func (s *Server) handleRefreshToken(w http.ResponseWriter, r *http.Request) {
	id, reqToken := r.PostFormValue("refresh_id"), r.PostFormValue("refresh_token")
	refresh, err := s.storage.GetRefresh(id)
	if err != nil || (refresh.Token != reqToken && refresh.ObsoleteToken != reqToken) {
		http.Error(w, "invalid_grant", http.StatusBadRequest)
		return
	}

	connData, err := s.refreshWithConnector(r.Context(), reqToken, refresh)
	if err != nil {
		http.Error(w, "failed to refresh identity", http.StatusInternalServerError)
		return
	}

	newToken := newID()
	err = s.storage.UpdateRefreshToken(id, func(old RefreshToken) (RefreshToken, error) {
		if old.Token != reqToken {
			if s.allowedToReuse(old.LastUsed) && old.ObsoleteToken == reqToken {
				newToken = old.Token
				return old, nil
			}
			return old, errors.New("refresh token claimed twice")
		}
		old.ObsoleteToken = old.Token
		old.Token = newToken
		old.LastUsed = time.Now()
		old.ConnectorData = connData
		return old, nil
	})
	if err != nil {
		http.Error(w, "server_error", http.StatusInternalServerError)
		return
	}
	w.Write([]byte(newToken))
}
