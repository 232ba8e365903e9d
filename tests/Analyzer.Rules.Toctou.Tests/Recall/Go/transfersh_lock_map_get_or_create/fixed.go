// https://github.com/dutchcoders/transfer.sh/issues/380
// Fixed shape: the per-file lock table is a sync.Map and the mutex is obtained
// with LoadOrStore, so lookup and insert happen as one step.
package transfersh

import (
	"fmt"
	"io"
	"net/http"
	"path"
	"sync"
)

type safeStorage interface {
	Get(token, filename string) (io.ReadCloser, int64, error)
}

type SafeServer struct {
	storage safeStorage
	locks   sync.Map
}

func NewSafeServer(st safeStorage) *SafeServer {
	return &SafeServer{storage: st}
}

func (s *SafeServer) lock(token, filename string) {
	key := path.Join(token, filename)

	lock, _ := s.locks.LoadOrStore(key, &sync.Mutex{})

	lock.(*sync.Mutex).Lock()
}

func (s *SafeServer) unlock(token, filename string) {
	key := path.Join(token, filename)

	lock, _ := s.locks.LoadOrStore(key, &sync.Mutex{})

	lock.(*sync.Mutex).Unlock()
}

func (s *SafeServer) checkMetadata(token, filename string) error {
	s.lock(token, filename)
	defer s.unlock(token, filename)

	r, _, err := s.storage.Get(token, fmt.Sprintf("%s.metadata", filename))
	if err != nil {
		return err
	}
	defer r.Close()
	return nil
}

func (s *SafeServer) downloadHandler(w http.ResponseWriter, r *http.Request) {
	token, filename := r.URL.Query().Get("token"), r.URL.Query().Get("filename")
	if err := s.checkMetadata(token, filename); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.WriteHeader(http.StatusOK)
}

func (s *SafeServer) ListenAndServe(addr string) error {
	mux := http.NewServeMux()
	mux.HandleFunc("/get", s.downloadHandler)
	return http.ListenAndServe(addr, mux)
}
