package externalstore

import (
	"net/http"
	"sync"
)

// Sessions serves requests many at a time against one store. Create claims the user and group in creating first and
// answers a second request for them with a conflict, so only one request at a time looks them up and adds them;
// CreateForUser makes the same claim but looks up and adds the user alone, which two requests for one user in two
// groups do at once.
type Sessions struct {
	store    Store
	creating sync.Map
}

func (s *Sessions) Create(w http.ResponseWriter, r *http.Request) {
	user, group := r.URL.Query().Get("user"), r.URL.Query().Get("group")
	key := user + "/" + group
	if _, loaded := s.creating.LoadOrStore(key, struct{}{}); loaded {
		w.WriteHeader(http.StatusConflict)
		return
	}
	defer s.creating.Delete(key)
	id := group + ":" + user
	if _, ok := s.store.Get(id); ok {
		w.WriteHeader(http.StatusConflict)
		return
	}
	_ = s.store.Add(id, r.URL.Path)
}

func (s *Sessions) CreateForUser(w http.ResponseWriter, r *http.Request) {
	user, group := r.URL.Query().Get("user"), r.URL.Query().Get("group")
	key := user + "/" + group
	if _, loaded := s.creating.LoadOrStore(key, struct{}{}); loaded {
		w.WriteHeader(http.StatusConflict)
		return
	}
	defer s.creating.Delete(key)
	if _, ok := s.store.Get(user); ok { // Secondary [check]
		w.WriteHeader(http.StatusConflict)
		return
	}
	_ = s.store.Add(user, r.URL.Path) // Noncompliant [TOCTOU002] {{Get() on s.store at line 41 decides Add() on the same store at line 45; the lookup and the change are separate calls on the store, and no lock of ours is held, so a writer that runs between the two calls can change the entry}}
}
