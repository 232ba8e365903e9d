// https://github.com/restic/restic/pull/4761
// Several restic processes can share one local cache directory. Clear() walks the cache for a
// file type and removes every cached file whose ID is no longer in the repository; when two
// processes clear at the same time they both list the same stale file and the slower os.Remove
// fails with ENOENT, aborting the command (restic#4760). Fix: ignore os.ErrNotExist when removing.
package cache

import (
	"fmt"
	"os"
	"path/filepath"
)

type FileType string

type IDSet map[string]struct{}

func (s IDSet) Has(id string) bool {
	_, ok := s[id]
	return ok
}

type Cache struct {
	path string
}

func (c *Cache) filename(t FileType, id string) string {
	return filepath.Join(c.path, string(t), id[:2], id)
}

func isFile(fi os.FileInfo) bool {
	return fi.Mode()&(os.ModeType|os.ModeCharDevice) == 0
}

// list returns a list of all files of type t in the cache.
func (c *Cache) list(t FileType) (IDSet, error) {
	list := IDSet{}
	dir := filepath.Join(c.path, string(t))
	err := filepath.Walk(dir, func(name string, fi os.FileInfo, err error) error {
		if err != nil {
			return fmt.Errorf("walk: %w", err)
		}
		if !isFile(fi) {
			return nil
		}
		list[filepath.Base(name)] = struct{}{}
		return nil
	})
	return list, err
}

// Clear removes all files of type t from the cache that are not contained in
// the set valid.
func (c *Cache) Clear(t FileType, valid IDSet) error {
	list, err := c.list(t)
	if err != nil {
		return err
	}

	for id := range list {
		if valid.Has(id) {
			continue
		}

		if err = os.Remove(c.filename(t, id)); err != nil { // Noncompliant
			return err
		}
	}

	return nil
}
