package filesystem

import (
	"io/fs"
	"os"

	"github.com/spf13/afero"
)

// WritableFS is a file system handed in as a value: io/fs's read side, and calls that change a path in it.
type WritableFS interface {
	fs.FS
	Mkdir(name string, perm fs.FileMode) error
	Remove(name string) error
}

// StatFS declares its own stat beside the change but builds on no standard file system: its methods may do anything
// (a wrapper's policy check, a remote store), so they are not taken for file-system calls.
type StatFS interface {
	Stat(name string) (os.FileInfo, error)
	Mkdir(name string, perm os.FileMode) error
}

// Ledger has a stat and a put, but no call that changes a path: it is no file system.
type Ledger interface {
	Stat(key string) (int, error)
	Put(key string, n int) error
}

// io/fs's stat checks the path in the file system handed in, and the file system's Mkdir makes it.
func ensureIn(fsys WritableFS, name string) error {
	if _, err := fs.Stat(fsys, name); err == nil { // Secondary [check]
		return nil
	}
	return fsys.Mkdir(name, 0o755) // Noncompliant [TOCTOU004] {{fs.Stat checks name at line 32 and fsys.Mkdir uses it at line 35; the path can appear, vanish or be swapped in between}}
}

// A failed Mkdir looks at the path again and takes a directory another caller made as done.
func ensureTolerant(fsys WritableFS, name string) error {
	if _, err := fs.Stat(fsys, name); err == nil {
		return nil
	}
	if err := fsys.Mkdir(name, 0o755); err != nil {
		if info, serr := fs.Stat(fsys, name); serr == nil && info.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// An afero file system held in a field is one.
type cacheDirs struct {
	root afero.Fs
	meta StatFS
}

func (c *cacheDirs) ensure(dir string) error {
	if _, err := c.root.Stat(dir); err == nil { // Secondary [check]
		return nil
	}
	return c.root.Mkdir(dir, 0o700) // Noncompliant [TOCTOU004] {{c.root.Stat checks dir at line 59 and c.root.Mkdir uses it at line 62; the path can appear, vanish or be swapped in between}}
}

func (c *cacheDirs) ensureMeta(dir string) error {
	if _, err := c.meta.Stat(dir); err == nil {
		return nil
	}
	return c.meta.Mkdir(dir, 0o700)
}

func bump(l Ledger, key string) error {
	n, err := l.Stat(key)
	if err != nil {
		return err
	}
	return l.Put(key, n+1)
}
