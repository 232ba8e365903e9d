// https://github.com/rclone/rclone/pull/9925
// serve restic --append-only: postObject checked that the object did not exist
// yet and then uploaded it; two concurrent POSTs to the same path could both
// pass the existence check and the second upload overwrote the first. The fix
// serializes uploads per remote path around the check and the upload.
package restic

import (
	"context"
	"errors"
	"io"
	"net/http"
	"sync"
	"time"
)

var errObjectNotFound = errors.New("object not found")

type Object interface{ Remote() string }

type Fs interface {
	NewObject(ctx context.Context, remote string) (Object, error)
}

// rcatSize stands in for operations.RcatSize (streams the body to the remote).
var rcatSize func(ctx context.Context, f Fs, remote string, in io.Reader, size int64, mod time.Time) (Object, error)

type objCache struct {
	mu    sync.Mutex
	items map[string]Object
}

func (c *objCache) find(remote string) Object {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.items[remote]
}

func (c *objCache) add(remote string, o Object) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[remote] = o
}

type server struct {
	f          Fs
	cache      *objCache
	appendOnly bool
}

func (s *server) newObject(ctx context.Context, remote string) (Object, error) {
	if o := s.cache.find(remote); o != nil {
		return o, nil
	}
	o, err := s.f.NewObject(ctx, remote)
	if err != nil {
		return nil, err
	}
	s.cache.add(remote, o) // Noncompliant
	return o, nil
}

// postObject is registered as an HTTP handler; net/http runs each request
// in its own goroutine.
func (s *server) postObject(w http.ResponseWriter, r *http.Request, remote string) {
	if s.appendOnly {
		_, err := s.newObject(r.Context(), remote)
		if err == nil {
			http.Error(w, http.StatusText(http.StatusForbidden), http.StatusForbidden)
			return
		}
	}
	o, err := rcatSize(r.Context(), s.f, remote, r.Body, r.ContentLength, time.Now()) // Noncompliant
	if err != nil {
		http.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}
	s.cache.add(remote, o) // Noncompliant
}
