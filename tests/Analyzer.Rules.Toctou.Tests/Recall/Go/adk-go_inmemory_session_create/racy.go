// https://github.com/google/adk-go/pull/368
// Issue #367: inMemoryService.Create checks whether the (app, user, session) key already exists
// before it takes s.mu, then locks and stores the new session. Concurrent Create calls for the
// same key both pass the check and the later one silently replaces the first session instead of
// failing with "already exists". The fix takes s.mu before the existence check.
package session

import (
	"context"
	"fmt"
	"sync"
	"time"
)

type CreateRequest struct {
	AppName, UserID, SessionID string
	State                      map[string]any
}

type storedSession struct {
	key       string
	state     map[string]any
	updatedAt time.Time
}

// inMemoryService is documented as thread-safe; runners call it from many goroutines.
type inMemoryService struct {
	mu       sync.RWMutex
	sessions map[string]*storedSession
}

func (s *inMemoryService) Create(ctx context.Context, req *CreateRequest) (*storedSession, error) {
	key := req.AppName + "/" + req.UserID + "/" + req.SessionID
	if _, ok := s.sessions[key]; ok {
		return nil, fmt.Errorf("session %s already exists", req.SessionID)
	}

	val := &storedSession{key: key, state: req.State, updatedAt: time.Now()}

	s.mu.Lock()
	defer s.mu.Unlock()
	s.sessions[key] = val // Noncompliant
	return val, nil
}

func (s *inMemoryService) lookup(key string) (*storedSession, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.sessions[key]
	return v, ok
}

func (s *inMemoryService) Get(ctx context.Context, key string) (*storedSession, error) {
	if v, ok := s.lookup(key); ok {
		return v, nil
	}
	return nil, fmt.Errorf("session %s not found", key)
}
