// https://github.com/restic/restic/pull/2019
// Fixed: after this goroutine owns the in-progress slot for the handle, it
// checks the cache again and only downloads when the file is still missing.
package cache

import (
	"context"
	"io"
	"sync"
)

type CachingBackend struct {
	Remote
	Cache *Cache

	inProgressMutex sync.Mutex
	inProgress      map[Handle]chan struct{}
}

func (b *CachingBackend) fetchToCache(ctx context.Context, h Handle) error {
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

	var err error
	// test again, maybe the file was cached in the meantime
	if !b.Cache.Has(h) {
		err = b.Remote.Load(ctx, h, func(rd io.Reader) error {
			return b.Cache.Save(h, rd)
		})
	}

	close(finish)
	b.inProgressMutex.Lock()
	delete(b.inProgress, h)
	b.inProgressMutex.Unlock()
	return err
}

func (b *CachingBackend) Fetch(ctx context.Context, h Handle) error {
	if b.Cache.Has(h) {
		return nil
	}
	return b.fetchToCache(ctx, h)
}
