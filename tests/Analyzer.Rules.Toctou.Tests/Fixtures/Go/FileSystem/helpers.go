package filesystem

import (
	"errors"
	"os"
	"path/filepath"
)

// exists answers with the stat's outcome: a call of it checks the path it is given.
func exists(path string) bool {
	if _, err := os.Stat(path); err != nil {
		return false
	}
	return true
}

// isDir's answer comes from the stat's result.
func isDir(path string) (bool, error) {
	info, err := os.Stat(path)
	if err != nil {
		return false, err
	}
	return info.IsDir(), nil
}

// touch makes the file or empties it, whatever is at the path: a call of it writes the path it is given.
func touch(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	return f.Close()
}

var errMissing = errors.New("missing")

func ensureEmpty(path string) error {
	if !exists(path) {
		return touch(path) // Noncompliant [TOCTOU004] {{exists checks path at line 38 and touch uses it at line 39; the path can appear, vanish or be swapped in between}}
	}
	return nil
}

func listIfPresent(dir string) ([]os.DirEntry, error) {
	if !exists(dir) {
		return nil, nil
	}
	return os.ReadDir(dir) // Noncompliant [TOCTOU004] {{exists checks dir at line 45 and os.ReadDir uses it at line 48; the path can appear, vanish or be swapped in between}}
}

func removeUnlessDir(path string) error {
	dir, err := isDir(path)
	if err != nil || dir {
		return errMissing
	}
	return os.Remove(path) // Noncompliant [TOCTOU004] {{isDir checks path at line 52 and os.Remove uses it at line 56; the path can appear, vanish or be swapped in between}}
}

// The helper is asked about one path, the act is on another.
func removeOther(path, other string) error {
	if exists(path) {
		return os.Remove(other)
	}
	return nil
}

// Reading the directory and handling "does not exist" from the read itself: the fix.
func listIgnoringMissing(dir string) ([]os.DirEntry, error) {
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil
	}
	return entries, err
}

// writeConfig writes whatever is at the path, through the path's shortest name.
func writeConfig(path string, data []byte) error {
	return os.WriteFile(filepath.Clean(path), data, 0o600)
}

func writeConfigOnce(path string, data []byte) error {
	if _, err := os.Stat(path); err == nil {
		return os.ErrExist
	}
	return writeConfig(path, data) // Noncompliant [TOCTOU004] {{os.Stat checks path at line 82 and writeConfig uses it at line 85; the path can appear, vanish or be swapped in between}}
}

// A method of the type called with a path uses it at the call as a plain function does: fill creates the file
// whatever is there, and drop takes a path already gone as removed.
type blobCache struct {
	root string
}

func (c *blobCache) fill(path string, data []byte) error {
	return os.WriteFile(path, data, 0o600)
}

func (c *blobCache) drop(path string) error {
	if err := os.Remove(path); err != nil && !os.IsNotExist(err) {
		return err
	}
	return nil
}

func (c *blobCache) Put(name string, data []byte) error {
	path := filepath.Join(c.root, name)
	if _, err := os.Stat(path); err == nil {
		return nil
	}
	return c.fill(path, data) // Noncompliant [TOCTOU004] {{os.Stat checks path at line 107 and os.WriteFile in fill() uses it at line 110; the path can appear, vanish or be swapped in between}}
}

func (c *blobCache) Evict(name string) error {
	path := filepath.Join(c.root, name)
	if _, err := os.Stat(path); err != nil {
		return nil
	}
	return c.drop(path)
}
