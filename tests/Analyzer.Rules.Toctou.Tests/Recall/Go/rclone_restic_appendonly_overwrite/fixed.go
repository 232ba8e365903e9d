// https://github.com/rclone/rclone/pull/9925
// Fixed: a per-path lock is held across the existence check and the upload,
// and lookup errors other than "not found" are reported instead of uploading.
package restic

import (
	"context"
	"errors"
	"net/http"
	"sync"
	"time"
)

type pathLocks struct {
	mu    sync.Mutex
	locks map[string]*sync.Mutex
}

func (p *pathLocks) lock(remote string) func() {
	p.mu.Lock()
	m, ok := p.locks[remote]
	if !ok {
		m = &sync.Mutex{}
		p.locks[remote] = m
	}
	p.mu.Unlock()
	m.Lock()
	return m.Unlock
}

type appendOnlyServer struct {
	f          Fs
	cache      *objCache
	appendOnly bool
	uploads    *pathLocks
}

func (s *appendOnlyServer) lookup(ctx context.Context, remote string) (Object, error) {
	if o := s.cache.find(remote); o != nil {
		return o, nil
	}
	o, err := s.f.NewObject(ctx, remote)
	if err != nil {
		return nil, err
	}
	s.cache.add(remote, o)
	return o, nil
}

func (s *appendOnlyServer) handlePost(w http.ResponseWriter, r *http.Request, remote string) {
	if s.appendOnly {
		unlock := s.uploads.lock(remote)
		defer unlock()
		_, err := s.lookup(r.Context(), remote)
		if err == nil {
			http.Error(w, http.StatusText(http.StatusForbidden), http.StatusForbidden)
			return
		}
		if !errors.Is(err, errObjectNotFound) {
			http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
			return
		}
	}
	o, err := rcatSize(r.Context(), s.f, remote, r.Body, r.ContentLength, time.Now())
	if err != nil {
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}
	s.cache.add(remote, o)
}
