// https://github.com/regclient/regclient/pull/420
// Fixed version: if Mkdir fails, stat again and treat an existing directory as success, so a concurrent creator
// no longer makes MkdirAll fail.
package rwfsmk

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sync"
)

type WritableFS interface {
	fs.FS
	Mkdir(name string, perm fs.FileMode) error
	CreateTemp(dir, pattern string) (*os.File, error)
}

type diskFS struct{ base string }

func (d diskFS) Open(name string) (fs.File, error) { return os.Open(filepath.Join(d.base, name)) }
func (d diskFS) Mkdir(name string, perm fs.FileMode) error {
	return os.Mkdir(filepath.Join(d.base, name), perm)
}
func (d diskFS) CreateTemp(dir, pattern string) (*os.File, error) {
	return os.CreateTemp(filepath.Join(d.base, dir), pattern)
}

func EnsureDirAll(wfs WritableFS, name string, perm fs.FileMode) error {
	fi, err := fs.Stat(wfs, name)
	if err == nil {
		if fi.IsDir() {
			return nil
		}
		return &fs.PathError{Op: "mkdir", Path: name, Err: fs.ErrExist}
	}
	i := len(name)
	for i > 0 && name[i-1] == '/' {
		i--
	}
	for i > 0 && name[i-1] != '/' {
		i--
	}
	if i > 1 {
		if err := EnsureDirAll(wfs, name[:i-1], perm); err != nil {
			return err
		}
	}
	if name != "" && name != "." && name != "/" {
		if err := wfs.Mkdir(name, perm); err != nil {
			if fi, serr := fs.Stat(wfs, name); serr == nil && fi.IsDir() {
				return nil
			}
			return err
		}
	}
	return nil
}

type layoutDir struct {
	fs    WritableFS
	slots chan struct{}
}

func (l *layoutDir) putBlob(repoPath, alg, encoded string, rdr io.Reader) error {
	l.slots <- struct{}{}
	defer func() { <-l.slots }()
	dir := path.Join(repoPath, "blobs", alg)
	if err := EnsureDirAll(l.fs, dir, 0777); err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	tmp, err := l.fs.CreateTemp(dir, encoded+".*.tmp")
	if err != nil {
		return err
	}
	defer tmp.Close()
	_, err = io.Copy(tmp, rdr)
	return err
}

func (l *layoutDir) copyAll(repoPath string, layers map[string]io.Reader) []error {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var errs []error
	for enc, rdr := range layers {
		wg.Add(1)
		go func(enc string, rdr io.Reader) {
			defer wg.Done()
			if err := l.putBlob(repoPath, "sha256", enc, rdr); err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
		}(enc, rdr)
	}
	wg.Wait()
	return errs
}
