// https://github.com/restic/restic/pull/4761
// Fixed version: a file that has disappeared between the directory walk and os.Remove was removed
// by another restic process sharing the cache, so os.ErrNotExist is ignored.
package cache

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

type Kind string

type ValidIDs map[string]struct{}

func (s ValidIDs) Contains(id string) bool {
	_, ok := s[id]
	return ok
}

type SharedCache struct {
	path string
}

func (c *SharedCache) pathFor(t Kind, id string) string {
	return filepath.Join(c.path, string(t), id[:2], id)
}

func isRegular(fi os.FileInfo) bool {
	return fi.Mode()&(os.ModeType|os.ModeCharDevice) == 0
}

func (c *SharedCache) cachedIDs(t Kind) (ValidIDs, error) {
	ids := ValidIDs{}
	dir := filepath.Join(c.path, string(t))
	err := filepath.Walk(dir, func(name string, fi os.FileInfo, err error) error {
		if err != nil {
			return fmt.Errorf("walk: %w", err)
		}
		if !isRegular(fi) {
			return nil
		}
		ids[filepath.Base(name)] = struct{}{}
		return nil
	})
	return ids, err
}

func (c *SharedCache) ClearStale(t Kind, valid ValidIDs) error {
	ids, err := c.cachedIDs(t)
	if err != nil {
		return err
	}

	for id := range ids {
		if valid.Contains(id) {
			continue
		}

		// ignore ErrNotExist to gracefully handle multiple processes running Clear() concurrently
		if err = os.Remove(c.pathFor(t, id)); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}

	return nil
}
