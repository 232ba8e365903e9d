package externalstore

import "net/http"

// Branches has no lock, but its handler serves requests many at a time against one store.
type Branches struct {
	store Store
}

func (b *Branches) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if _, ok := b.store.Get(name); ok { // Secondary [check]
		w.WriteHeader(http.StatusConflict)
		return
	}
	if err := b.store.Add(name, r.URL.Path); err != nil { // Noncompliant [TOCTOU002] {{Get() on b.store at line 12 decides Add() on the same store at line 16; the lookup and the change are separate calls on the store, and no lock of ours is held, so a writer that runs between the two calls can change the entry}}
		w.WriteHeader(http.StatusInternalServerError)
	}
}

// The same lookup and change in a command-line tool's one-shot function: nothing shows a second writer.
func createOnce(s Store, name string) error {
	if _, ok := s.Get(name); ok {
		return nil
	}
	return s.Add(name, "")
}
