// https://github.com/dexidp/dex/pull/2692 (merged)
// The reuse decision and the upstream Refresh call both run inside the UpdateRefreshToken updater,
// i.e. under the storage lock, against the current stored token; concurrent requests in the reuse
// interval get the token already issued and the connector is called only once.
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

var (
	errTokenNotFound = errors.New("not found")
	errClaimedTwice  = errors.New("refresh token claimed twice")
)

type StoredRefresh struct {
	ID            string
	Token         string
	ObsoleteToken string
	LastUsed      time.Time
	ConnectorData []byte
}

type lockedStorage struct {
	mu      sync.Mutex
	refresh map[string]StoredRefresh
}

func (s *lockedStorage) GetRefresh(id string) (StoredRefresh, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.refresh[id]
	if !ok {
		return StoredRefresh{}, errTokenNotFound
	}
	return r, nil
}

func (s *lockedStorage) UpdateRefreshToken(id string, updater func(old StoredRefresh) (StoredRefresh, error)) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.refresh[id]
	if !ok {
		return errTokenNotFound
	}
	r, err := updater(r)
	if err != nil {
		return err
	}
	s.refresh[id] = r
	return nil
}

type UpstreamConnector interface {
	Refresh(ctx context.Context, connectorData []byte) ([]byte, error)
}

type FixedServer struct {
	storage       *lockedStorage
	conn          UpstreamConnector
	reuseInterval time.Duration
}

func newTokenID() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func (s *FixedServer) reusable(lastUsed time.Time) bool {
	return time.Since(lastUsed) < s.reuseInterval
}

func (s *FixedServer) updateRefreshToken(ctx context.Context, id, reqToken string) (string, error) {
	var newToken string
	err := s.storage.UpdateRefreshToken(id, func(old StoredRefresh) (StoredRefresh, error) {
		if s.reusable(old.LastUsed) {
			if old.Token != reqToken && old.ObsoleteToken != reqToken {
				return old, errClaimedTwice
			}
			newToken = old.Token
			return old, nil
		}
		if old.Token != reqToken {
			return old, errClaimedTwice
		}
		old.ObsoleteToken = old.Token
		newToken = newTokenID()
		old.Token = newToken
		old.LastUsed = time.Now()

		// Only the request outside the reuse interval reaches the connector.
		data, err := s.conn.Refresh(ctx, old.ConnectorData)
		if err != nil {
			return old, err
		}
		old.ConnectorData = data
		return old, nil
	})
	return newToken, err
}

func (s *FixedServer) handleRefreshToken(w http.ResponseWriter, r *http.Request) {
	id, reqToken := r.PostFormValue("refresh_id"), r.PostFormValue("refresh_token")
	if _, err := s.storage.GetRefresh(id); err != nil {
		http.Error(w, "invalid_grant", http.StatusBadRequest)
		return
	}
	newToken, err := s.updateRefreshToken(r.Context(), id, reqToken)
	if err != nil {
		http.Error(w, "server_error", http.StatusInternalServerError)
		return
	}
	w.Write([]byte(newToken))
}
