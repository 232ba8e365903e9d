// https://github.com/regclient/regclient/pull/420
// rwfs.MkdirAll stat'ed the path, and if it was missing created the parents and then the directory; when two
// concurrent blob writes into a new ocidir raced, the loser's Mkdir failed with "exists" and that error was
// returned, so the later temp-file create failed. The fix re-checks after a failed Mkdir and accepts an existing directory.
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

// RWFS is the small writable file-system interface used by ocidir.
type RWFS interface {
	fs.FS
	Mkdir(name string, perm fs.FileMode) error
	CreateTemp(dir, pattern string) (*os.File, error)
}

type osFS struct{ root string }

func (o osFS) Open(name string) (fs.File, error) { return os.Open(filepath.Join(o.root, name)) }
func (o osFS) Mkdir(name string, perm fs.FileMode) error {
	return os.Mkdir(filepath.Join(o.root, name), perm)
}
func (o osFS) CreateTemp(dir, pattern string) (*os.File, error) {
	return os.CreateTemp(filepath.Join(o.root, dir), pattern)
}

// MkdirAll creates a directory, including all parent directories
func MkdirAll(rwfs RWFS, name string, perm fs.FileMode) error {
	fi, err := fs.Stat(rwfs, name)
	if err == nil {
		if fi.IsDir() {
			return nil
		}
		return &fs.PathError{Op: "mkdir", Path: name, Err: fs.ErrExist}
	}
	// create parent
	i := len(name)
	for i > 0 && name[i-1] == '/' { // remove trailing slash
		i--
	}
	for i > 0 && name[i-1] != '/' { // remove up to next slash
		i--
	}
	if i > 1 {
		err = MkdirAll(rwfs, name[:i-1], perm)
		if err != nil {
			return err
		}
	}
	// create directory
	if name != "" && name != "." && name != "/" {
		err = rwfs.Mkdir(name, perm) // Noncompliant
		if err != nil {
			return err
		}
	}
	return nil
}

type OCIDir struct {
	fs       RWFS
	throttle chan struct{} // bounds the number of concurrent blob writes
}

func (o *OCIDir) BlobPut(repoPath, alg, encoded string, rdr io.Reader) error {
	o.throttle <- struct{}{}
	defer func() { <-o.throttle }()
	dir := path.Join(repoPath, "blobs", alg)
	err := MkdirAll(o.fs, dir, 0777)
	if err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	tmp, err := o.fs.CreateTemp(dir, encoded+".*.tmp")
	if err != nil {
		return err
	}
	defer tmp.Close()
	_, err = io.Copy(tmp, rdr)
	return err
}

// CopyLayers writes the layers of an image into a fresh ocidir in parallel.
func (o *OCIDir) CopyLayers(repoPath string, layers map[string]io.Reader) []error {
	var wg sync.WaitGroup
	errs := make([]error, 0, len(layers))
	var mu sync.Mutex
	for enc, rdr := range layers {
		wg.Add(1)
		go func(enc string, rdr io.Reader) {
			defer wg.Done()
			if err := o.BlobPut(repoPath, "sha256", enc, rdr); err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			}
		}(enc, rdr)
	}
	wg.Wait()
	return errs
}
