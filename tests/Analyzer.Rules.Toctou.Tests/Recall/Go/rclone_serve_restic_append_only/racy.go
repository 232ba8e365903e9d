// https://github.com/rclone/rclone/pull/9925
// With --append-only, postObject refused a POST if the object existed and otherwise uploaded
// it; two concurrent uploads of one path (each HTTP request on its own goroutine) both passed
// the lookup before either finished, so one overwrote the other. Fix: serialize uploads to
// the same remote path around the existence check and the upload.
package restic

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync"
)

var ErrObjectNotFound = errors.New("object not found")

type Object struct {
	Remote string
	Data   []byte
}

// memFs stands in for the backend fs.Fs; each call is safe on its own.
type memFs struct {
	mu      sync.Mutex
	objects map[string]*Object
}

func (f *memFs) NewObject(ctx context.Context, remote string) (*Object, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if o, ok := f.objects[remote]; ok {
		return o, nil
	}
	return nil, ErrObjectNotFound
}

func (f *memFs) Put(ctx context.Context, remote string, in io.Reader) (*Object, error) {
	data, err := io.ReadAll(in)
	if err != nil {
		return nil, err
	}
	o := &Object{Remote: remote, Data: data}
	f.mu.Lock()
	f.objects[remote] = o
	f.mu.Unlock()
	return o, nil
}

type server struct {
	f          *memFs
	appendOnly bool
	cacheMu    sync.Mutex
	cache      map[string]*Object
}

func (s *server) newObject(ctx context.Context, remote string) (*Object, error) {
	s.cacheMu.Lock()
	o := s.cache[remote]
	s.cacheMu.Unlock()
	if o != nil {
		return o, nil
	}
	return s.f.NewObject(ctx, remote)
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		s.postObject(w, r, strings.TrimPrefix(r.URL.Path, "/"))
		return
	}
	http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
}

func (s *server) postObject(w http.ResponseWriter, r *http.Request, remote string) {
	if s.appendOnly {
		_, err := s.newObject(r.Context(), remote)
		if err == nil {
			http.Error(w, http.StatusText(http.StatusForbidden), http.StatusForbidden)
			return
		}
	}

	o, err := s.f.Put(r.Context(), remote, r.Body) // Noncompliant
	if err != nil {
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}

	s.cacheMu.Lock()
	s.cache[remote] = o // Noncompliant
	s.cacheMu.Unlock()
}
