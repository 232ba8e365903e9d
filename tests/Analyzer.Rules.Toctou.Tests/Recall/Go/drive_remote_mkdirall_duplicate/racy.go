// https://github.com/odeke-em/drive/pull/1019
// `drive push` uploads from several goroutines; each calls remoteMkdirAll for the parent folder,
// which looks it up on Google Drive and creates it when missing. Drive allows duplicate names,
// so goroutines that all saw the folder missing each create one ("clashing /A/B/C/D folders").
// Fix: a single goroutine (with a cache) serves all mkdir-all requests.
package drive

import (
	"errors"
	"path"
	"strings"
	"sync"
)

var ErrPathNotExists = errors.New("path does not exist")

type File struct {
	Id    string
	Name  string
	IsDir bool
}

// Remote is a thin client for the Drive API; each call is one HTTP round trip.
type Remote struct {
	mu     sync.Mutex
	byPath map[string][]*File
	nextID int
}

func (r *Remote) FindByPath(p string) (*File, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if p == "/" {
		return &File{Id: "root", Name: "/", IsDir: true}, nil
	}
	if fs := r.byPath[p]; len(fs) > 0 {
		return fs[0], nil
	}
	return nil, ErrPathNotExists
}

// CreateDir always creates a new folder; Drive does not reject duplicate names.
func (r *Remote) CreateDir(parentPath, name string) (*File, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.nextID++
	f := &File{Id: strings.Repeat("x", r.nextID), Name: name, IsDir: true}
	p := path.Join(parentPath, name)
	r.byPath[p] = append(r.byPath[p], f)
	return f, nil
}

type Change struct{ Path string }

type Commands struct{ rem *Remote }

func (g *Commands) remoteMkdirAll(d string) (*File, error) {
	if f, err := g.rem.FindByPath(d); err == nil && f != nil {
		return f, nil
	}
	rest, last := path.Split(d)
	rest = path.Clean(rest)
	parent, err := g.rem.FindByPath(rest)
	if err != nil && err != ErrPathNotExists {
		return nil, err
	}
	if parent == nil {
		if _, err = g.remoteMkdirAll(rest); err != nil {
			return nil, err
		}
	}
	return g.rem.CreateDir(rest, last) // Noncompliant
}

func (g *Commands) remoteMod(c *Change) error {
	parent, err := g.remoteMkdirAll(path.Dir(c.Path))
	if err != nil {
		return err
	}
	_ = parent // upload the file into parent.Id
	return nil
}

func (g *Commands) playPushChanges(cl []*Change) {
	var wg sync.WaitGroup
	for _, c := range cl {
		wg.Add(1)
		go func(c *Change) {
			defer wg.Done()
			_ = g.remoteMod(c)
		}(c)
	}
	wg.Wait()
}
