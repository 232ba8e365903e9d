// https://github.com/mitos-run/mitos/pull/240 (refs https://github.com/mitos-run/mitos/issues/22)
// The standalone sandbox-server honours an Idempotency-Key header on POST /v1/templates and
// POST /v1/fork. The handler looked the key up under the read lock, released it, created the
// resource with no lock held, and only then took the write lock to record key -> resource.
// Two concurrent requests with the same key both missed, both created a resource, and the key
// ended up bound to whichever recorded last. Fix: beginIdempotent looks the key up and reserves
// it (in-flight marker) under one exclusive lock; a concurrent same-key request gets 409.
package sandboxserver

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"sync"
	"time"
)

type idempotencyRecord struct {
	resourceID string
	at         time.Time
}

type templateInfo struct {
	ID        string    `json:"id"`
	CreatedAt time.Time `json:"created_at"`
}

type server struct {
	mu          sync.RWMutex
	templates   map[string]*templateInfo
	idempotency map[string]idempotencyRecord
}

const idempotencyTTL = 24 * time.Hour

func newID() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// handleCreateTemplate is registered as "POST /v1/templates"; net/http runs it per request.
func (s *server) handleCreateTemplate(w http.ResponseWriter, r *http.Request) {
	key := r.Header.Get("Idempotency-Key")
	if key != "" {
		s.mu.RLock()
		rec, ok := s.idempotency[key]
		var prior *templateInfo
		if ok && time.Since(rec.at) <= idempotencyTTL {
			prior = s.templates[rec.resourceID]
		}
		s.mu.RUnlock()
		if prior != nil {
			_ = json.NewEncoder(w).Encode(prior)
			return
		}
	}

	// slow part: build the template snapshot
	t := &templateInfo{ID: newID(), CreatedAt: time.Now()}

	s.mu.Lock()
	s.templates[t.ID] = t // Noncompliant
	if key != "" {
		s.idempotency[key] = idempotencyRecord{resourceID: t.ID, at: time.Now()} // Noncompliant
	}
	s.mu.Unlock()

	w.WriteHeader(http.StatusCreated)
	_ = json.NewEncoder(w).Encode(t)
}
