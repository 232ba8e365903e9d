// https://github.com/vito/bass/pull/230
// The runtime checked whether a cache file already existed and returned it if
// so; otherwise it created the cache file and started writing to it. When hooks
// ran concurrently, another goroutine could see the half-written file as an
// existing cache, or both could create and write it. The fix writes to a
// temporary file and renames it over the cache path.
package runtimes

import (
	"context"
	"io"
	"os"
	"path/filepath"
)

type Runtime struct {
	CacheDir string
	fetch    func(ctx context.Context, key string, w io.Writer) error
}

func (rt *Runtime) cachePath(ctx context.Context, key string) (string, error) {
	path := filepath.Join(rt.CacheDir, key)
	if _, err := os.Stat(path); err == nil {
		return path, nil
	}
	f, err := os.Create(path) // Noncompliant
	if err != nil {
		return "", err
	}
	defer f.Close()
	if err := rt.fetch(ctx, key, f); err != nil {
		return "", err
	}
	return path, nil
}

// runHooks kicks off several hooks at once, each resolving cached inputs.
func (rt *Runtime) runHooks(ctx context.Context, keys []string) {
	for _, k := range keys {
		go rt.cachePath(ctx, k)
	}
}
