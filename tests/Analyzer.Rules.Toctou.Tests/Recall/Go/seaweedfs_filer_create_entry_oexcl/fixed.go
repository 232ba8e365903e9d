// https://github.com/seaweedfs/seaweedfs/pull/9639
// Fixed version: the CreateEntry handler takes a per-path exclusive lock from a lock table,
// so the existence check and the insert for one path run inside one critical section.
package filer

import (
	"context"
	"fmt"
	"sync"
)

// LockTable hands out one mutex per key.
type LockTable struct {
	mu    sync.Mutex
	locks map[FullPath]*sync.Mutex
}

func (t *LockTable) AcquireLock(key FullPath) *sync.Mutex {
	t.mu.Lock()
	l, ok := t.locks[key]
	if !ok {
		l = &sync.Mutex{}
		t.locks[key] = l
	}
	t.mu.Unlock()
	l.Lock()
	return l
}

type LockedFiler struct {
	Store *FilerStore
}

func (f *LockedFiler) CreateEntry(ctx context.Context, entry *Entry, oExcl bool) error {
	oldEntry, _ := f.Store.FindEntry(ctx, entry.FullPath)
	if oldEntry == nil {
		if err := f.Store.InsertEntry(ctx, entry); err != nil {
			return fmt.Errorf("insert entry %s: %v", entry.FullPath, err)
		}
		return nil
	}
	if oExcl {
		return fmt.Errorf("EEXIST: entry %s already exists", entry.FullPath)
	}
	return f.Store.InsertEntry(ctx, entry)
}

type LockingFilerServer struct {
	filer     *LockedFiler
	pathLocks *LockTable
}

// CreateEntry is the gRPC handler; the server runs each request in its own goroutine.
func (fs *LockingFilerServer) CreateEntry(ctx context.Context, dir, name string, chunks []string, oExcl bool) error {
	entry := &Entry{FullPath: FullPath(dir + "/" + name), Chunks: chunks}
	l := fs.pathLocks.AcquireLock(entry.FullPath)
	defer l.Unlock()
	return fs.filer.CreateEntry(ctx, entry, oExcl)
}
