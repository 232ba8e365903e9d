// https://github.com/mitos-run/mitos/pull/240 (refs https://github.com/mitos-run/mitos/issues/22)
// Fixed: the key is looked up and reserved (empty resource id = in flight) under one exclusive
// lock before creating; the binding is completed on success and released on failure.
package sandboxserver

import (
	"encoding/json"
	"net/http"
	"sync"
	"time"
)

type reservingServer struct {
	mu          sync.RWMutex
	templates   map[string]*templateInfo
	idempotency map[string]idempotencyRecord
}

type reserveStatus int

const (
	reserveProceed reserveStatus = iota
	reserveReplay
	reserveInFlight
)

func (s *reservingServer) reserveKey(key string) (string, reserveStatus) {
	if key == "" {
		return "", reserveProceed
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	rec, ok := s.idempotency[key]
	if ok && time.Since(rec.at) <= idempotencyTTL {
		if rec.resourceID != "" {
			return rec.resourceID, reserveReplay
		}
		return "", reserveInFlight
	}
	s.idempotency[key] = idempotencyRecord{at: time.Now()}
	return "", reserveProceed
}

func (s *reservingServer) createTemplateHandler(w http.ResponseWriter, r *http.Request) {
	key := r.Header.Get("Idempotency-Key")
	id, status := s.reserveKey(key)
	switch status {
	case reserveReplay:
		s.mu.RLock()
		prior := s.templates[id]
		s.mu.RUnlock()
		_ = json.NewEncoder(w).Encode(prior)
		return
	case reserveInFlight:
		http.Error(w, "request with this Idempotency-Key is in flight", http.StatusConflict)
		return
	}

	t := &templateInfo{ID: newID(), CreatedAt: time.Now()}

	s.mu.Lock()
	s.templates[t.ID] = t
	if key != "" {
		s.idempotency[key] = idempotencyRecord{resourceID: t.ID, at: time.Now()}
	}
	s.mu.Unlock()

	w.WriteHeader(http.StatusCreated)
	_ = json.NewEncoder(w).Encode(t)
}
