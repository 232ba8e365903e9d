package requestcontexts

import (
	"context"
	"net/http"
	"sync"
)

type blobStore struct {
	mu    sync.Mutex
	blobs map[string][]byte
}

func (b *blobStore) Lookup(ctx context.Context, name string) ([]byte, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	data, ok := b.blobs[name]
	return data, ok
}

func (b *blobStore) Save(ctx context.Context, name string, data []byte) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.blobs[name] = data
}

// The request's context comes first in each call; the entry is the one the name keys. Two uploads of one name can both
// find it missing and both save.
type uploadServer struct {
	store *blobStore
}

func (s *uploadServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Path
	if _, found := s.store.Lookup(r.Context(), name); found { // Secondary [check]
		http.Error(w, "exists", http.StatusConflict)
		return
	}
	s.store.Save(r.Context(), name, []byte(r.URL.RawQuery)) // Noncompliant [TOCTOU001] {{s.store's entry for name is checked at line 35 and changed at line 39 by s.store.Save(r.Context(), name, []byte(r.URL.RawQuery)), and s.store.mu is released and re-taken at line 39, inside Save() in between}}
}

// A look at one name and a save of another, each under the store's lock: nothing the save does rests on the look.
type mirrorServer struct {
	store *blobStore
}

func (s *mirrorServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if _, found := s.store.Lookup(r.Context(), r.URL.Path); !found {
		http.Error(w, "missing", http.StatusNotFound)
		return
	}
	s.store.Save(r.Context(), r.URL.Fragment, []byte(r.URL.RawQuery))
}
