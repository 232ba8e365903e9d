// https://github.com/rclone/rclone/pull/9925
// Fixed version: in append-only mode the existence check and the upload of one remote
// path run under a per-path lock, and lookup errors other than "not found" are a 500.
package restic

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"sync"
)

var ErrStoredObjectNotFound = errors.New("object not found")

type StoredObject struct {
	Remote string
	Data   []byte
}

type memBackend struct {
	mu      sync.Mutex
	objects map[string]*StoredObject
}

func (f *memBackend) NewObject(ctx context.Context, remote string) (*StoredObject, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if o, ok := f.objects[remote]; ok {
		return o, nil
	}
	return nil, ErrStoredObjectNotFound
}

func (f *memBackend) Put(ctx context.Context, remote string, in io.Reader) (*StoredObject, error) {
	data, err := io.ReadAll(in)
	if err != nil {
		return nil, err
	}
	o := &StoredObject{Remote: remote, Data: data}
	f.mu.Lock()
	f.objects[remote] = o
	f.mu.Unlock()
	return o, nil
}

// pathLocks hands out one mutex per remote path.
type pathLocks struct {
	mu    sync.Mutex
	locks map[string]*sync.Mutex
}

func (p *pathLocks) forPath(remote string) *sync.Mutex {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.locks == nil {
		p.locks = map[string]*sync.Mutex{}
	}
	l := p.locks[remote]
	if l == nil {
		l = &sync.Mutex{}
		p.locks[remote] = l
	}
	return l
}

type appendOnlyServer struct {
	f          *memBackend
	appendOnly bool
	uploads    pathLocks
	cacheMu    sync.Mutex
	cache      map[string]*StoredObject
}

func (s *appendOnlyServer) newObject(ctx context.Context, remote string) (*StoredObject, error) {
	s.cacheMu.Lock()
	o := s.cache[remote]
	s.cacheMu.Unlock()
	if o != nil {
		return o, nil
	}
	return s.f.NewObject(ctx, remote)
}

func (s *appendOnlyServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		s.postObject(w, r, strings.TrimPrefix(r.URL.Path, "/"))
		return
	}
	http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
}

func (s *appendOnlyServer) postObject(w http.ResponseWriter, r *http.Request, remote string) {
	if s.appendOnly {
		l := s.uploads.forPath(remote)
		l.Lock()
		defer l.Unlock()

		_, err := s.newObject(r.Context(), remote)
		if err == nil {
			http.Error(w, http.StatusText(http.StatusForbidden), http.StatusForbidden)
			return
		}
		if !errors.Is(err, ErrStoredObjectNotFound) {
			http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
			return
		}
	}

	o, err := s.f.Put(r.Context(), remote, r.Body)
	if err != nil {
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}

	s.cacheMu.Lock()
	s.cache[remote] = o
	s.cacheMu.Unlock()
}
