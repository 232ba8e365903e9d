// https://github.com/twpayne/go-vfs/pull/21
// MkdirAll called Stat on the path and called Mkdir only when Stat said it was missing (the parent
// branch did the same through recursion). If another process created the directory between the two
// calls, Mkdir failed with EEXIST and MkdirAll reported an error for a directory that exists. The fix
// calls Mkdir first and only Stats the path after Mkdir says it exists, to check it is a directory.
package vfs

import (
	"fmt"
	"os"
	"path/filepath"
)

// An FS is an abstraction over commonly-used functions in the os package.
type FS interface {
	Mkdir(name string, perm os.FileMode) error
	Stat(name string) (os.FileInfo, error)
}

// OSFS is the FS backed by the real file system.
type OSFS struct{}

func (OSFS) Mkdir(name string, perm os.FileMode) error { return os.Mkdir(name, perm) }

func (OSFS) Stat(name string) (os.FileInfo, error) { return os.Stat(name) }

// MkdirAll is equivalent to os.MkdirAll but operates on fs.
func MkdirAll(fs FS, path string, perm os.FileMode) error {
	if parentDir := filepath.Dir(path); parentDir != "." {
		info, err := fs.Stat(parentDir)
		if err != nil && os.IsNotExist(err) {
			if err := MkdirAll(fs, parentDir, perm); err != nil {
				return err
			}
		} else if err != nil {
			return err
		} else if err == nil && !info.Mode().IsDir() {
			return fmt.Errorf("%s: not a directory", parentDir)
		}
	}
	info, err := fs.Stat(path)
	if err != nil && !os.IsNotExist(err) {
		return err
	} else if err == nil && info.Mode().IsDir() {
		return nil
	}
	return fs.Mkdir(path, perm) // Noncompliant
}
