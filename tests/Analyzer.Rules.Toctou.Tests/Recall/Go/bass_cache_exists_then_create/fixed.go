// https://github.com/vito/bass/pull/230
// Fixed: the content is written to a temporary file in the cache directory and
// then renamed over the cache path, so readers never see a partial cache.
package runtimes

import (
	"context"
	"io"
	"os"
	"path/filepath"
)

type SafeRuntime struct {
	CacheDir string
	fetch    func(ctx context.Context, key string, w io.Writer) error
}

func (rt *SafeRuntime) cachedFile(ctx context.Context, key string) (string, error) {
	path := filepath.Join(rt.CacheDir, key)
	if _, err := os.Stat(path); err == nil {
		return path, nil
	}
	tmp, err := os.CreateTemp(rt.CacheDir, key+".*.tmp")
	if err != nil {
		return "", err
	}
	defer os.Remove(tmp.Name())
	if err := rt.fetch(ctx, key, tmp); err != nil {
		tmp.Close()
		return "", err
	}
	if err := tmp.Close(); err != nil {
		return "", err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return "", err
	}
	return path, nil
}

func (rt *SafeRuntime) startHooks(ctx context.Context, keys []string) {
	for _, k := range keys {
		go rt.cachedFile(ctx, k)
	}
}
