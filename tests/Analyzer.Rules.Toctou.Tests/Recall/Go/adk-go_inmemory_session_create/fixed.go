// https://github.com/google/adk-go/pull/368
// Fixed version: the duplicate check and the insert run under the same s.mu critical section,
// so only one concurrent Create for a key succeeds.
package session

import (
	"context"
	"fmt"
	"sync"
	"time"
)

type lockedSessionService struct {
	mu       sync.RWMutex
	sessions map[string]*storedSession
}

func (s *lockedSessionService) CreateSession(ctx context.Context, req *CreateRequest) (*storedSession, error) {
	key := req.AppName + "/" + req.UserID + "/" + req.SessionID

	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.sessions[key]; ok {
		return nil, fmt.Errorf("session %s already exists", req.SessionID)
	}
	val := &storedSession{key: key, state: req.State, updatedAt: time.Now()}
	s.sessions[key] = val
	return val, nil
}

func (s *lockedSessionService) GetSession(ctx context.Context, key string) (*storedSession, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if v, ok := s.sessions[key]; ok {
		return v, nil
	}
	return nil, fmt.Errorf("session %s not found", key)
}
