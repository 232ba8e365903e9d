// https://github.com/twpayne/go-vfs/pull/21
// Fixed shape: Mkdir is attempted first. Only when it fails with EEXIST is the path Stat-ed, to tell
// "already a directory" (success) from "exists but is not a directory"; when it fails with ENOENT the
// parent is created recursively and Mkdir is retried.
package vfs

import (
	"os"
	"path/filepath"
)

// A MkdirStater implements all the functionality needed by MakeDirAll.
type MkdirStater interface {
	Mkdir(name string, perm os.FileMode) error
	Stat(name string) (os.FileInfo, error)
}

type HostFS struct{}

func (HostFS) Mkdir(name string, perm os.FileMode) error { return os.Mkdir(name, perm) }

func (HostFS) Stat(name string) (os.FileInfo, error) { return os.Stat(name) }

// MakeDirAll is equivalent to os.MkdirAll but operates on fsys.
func MakeDirAll(fsys MkdirStater, path string, perm os.FileMode) error {
	err := fsys.Mkdir(path, perm)
	switch {
	case err == nil:
		// Mkdir was successful.
		return nil
	case os.IsExist(err):
		// path already exists, but we don't know whether it's a directory or something else.
		info, statErr := fsys.Stat(path)
		if statErr != nil {
			return statErr
		}
		if !info.IsDir() {
			return err
		}
		return nil
	case os.IsNotExist(err):
		// Parent directory does not exist. Create the parent directory recursively, then try again.
		parentDir := filepath.Dir(path)
		if parentDir == "/" || parentDir == "." {
			return err
		}
		if err := MakeDirAll(fsys, parentDir, perm); err != nil {
			return err
		}
		return fsys.Mkdir(path, perm)
	default:
		// Some other error.
		return err
	}
}
