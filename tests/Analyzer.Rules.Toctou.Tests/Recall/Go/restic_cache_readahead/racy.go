// https://github.com/restic/restic/pull/2019
// Load checks Cache.Has(h) (os.Stat) and on a miss cacheFile claims h in inProgress and saves the
// download with O_EXCL; if another goroutine cached the file after the Has check, Save fails
// with "file exists" (issue #2071). Fix: test Cache.Has again after claiming the inProgress
// slot.
package cache

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"sync"
)

type Handle struct{ Name string }

type Cache struct{ path string }

func (c *Cache) filename(h Handle) string { return filepath.Join(c.path, h.Name) }

func (c *Cache) Has(h Handle) bool {
	_, err := os.Stat(c.filename(h))
	return err == nil
}

func (c *Cache) Save(h Handle, rd io.Reader) error {
	f, err := os.OpenFile(c.filename(h), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0400)
	if err != nil {
		return err
	}
	if _, err = io.Copy(f, rd); err != nil {
		_ = f.Close()
		return err
	}
	return f.Close()
}

type Remote interface {
	Load(ctx context.Context, h Handle, fn func(rd io.Reader) error) error
}

type Backend struct {
	Remote
	Cache *Cache

	inProgressMutex sync.Mutex
	inProgress      map[Handle]chan struct{}
}

func (b *Backend) cacheFile(ctx context.Context, h Handle) error {
	finish := make(chan struct{})

	b.inProgressMutex.Lock()
	other, alreadyDownloading := b.inProgress[h]
	if !alreadyDownloading {
		b.inProgress[h] = finish
	}
	b.inProgressMutex.Unlock()

	if alreadyDownloading {
		<-other
		return nil
	}

	err := b.Remote.Load(ctx, h, func(rd io.Reader) error {
		return b.Cache.Save(h, rd)
	})

	close(finish)
	b.inProgressMutex.Lock()
	delete(b.inProgress, h)
	b.inProgressMutex.Unlock()
	return err
}

// Load is called from the checker's worker goroutines.
func (b *Backend) Load(ctx context.Context, h Handle) error {
	if b.Cache.Has(h) {
		return nil
	}
	return b.cacheFile(ctx, h) // Noncompliant
}
