// https://github.com/dutchcoders/transfer.sh/issues/380
// Server.Lock looked up a per-file mutex in a plain map shared by all HTTP
// handler goroutines and, when missing, inserted a new one. Two downloads of the
// same file could both miss and both insert (and crash with concurrent map
// writes); the fix turned the map into a sync.Map and used LoadOrStore.
package transfersh

import (
	"fmt"
	"io"
	"net/http"
	"path"
	"sync"
)

type racyStorage interface {
	Get(token, filename string) (io.ReadCloser, int64, error)
}

type RacyServer struct {
	storage racyStorage
	locks   map[string]*sync.Mutex
}

func NewRacyServer(st racyStorage) *RacyServer {
	return &RacyServer{storage: st, locks: map[string]*sync.Mutex{}}
}

func (s *RacyServer) Lock(token, filename string) {
	key := path.Join(token, filename)

	if _, ok := s.locks[key]; !ok {
		s.locks[key] = &sync.Mutex{} // Noncompliant
	}

	s.locks[key].Lock()
}

func (s *RacyServer) Unlock(token, filename string) {
	key := path.Join(token, filename)
	s.locks[key].Unlock()
}

func (s *RacyServer) CheckMetadata(token, filename string) error {
	s.Lock(token, filename)
	defer s.Unlock(token, filename)

	r, _, err := s.storage.Get(token, fmt.Sprintf("%s.metadata", filename))
	if err != nil {
		return err
	}
	defer r.Close()
	// decode metadata, bump download counter, write it back
	return nil
}

// getHandler runs on its own goroutine for every request (net/http).
func (s *RacyServer) getHandler(w http.ResponseWriter, r *http.Request) {
	token, filename := r.URL.Query().Get("token"), r.URL.Query().Get("filename")
	if err := s.CheckMetadata(token, filename); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func (s *RacyServer) Serve(addr string) error {
	mux := http.NewServeMux()
	mux.HandleFunc("/get", s.getHandler)
	return http.ListenAndServe(addr, mux)
}
