// https://github.com/seaweedfs/seaweedfs/pull/9639
// Filer.CreateEntry did FindEntry and then, if nothing was found, Store.InsertEntry (an upsert),
// with no lock around the pair. Two concurrent gRPC CreateEntry calls for the same path with
// OExcl (create-if-absent) both saw "absent" and both inserted, so both creators succeeded. The
// fix takes a per-path exclusive lock in the CreateEntry handler around the check and the write.
package filer

import (
	"context"
	"fmt"
	"sync"
)

type FullPath string

type Entry struct {
	FullPath FullPath
	Chunks   []string
}

// FilerStore is shared by all request goroutines; InsertEntry overwrites an existing key.
type FilerStore struct {
	mu      sync.RWMutex
	entries map[FullPath]*Entry
}

func (s *FilerStore) FindEntry(ctx context.Context, p FullPath) (*Entry, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if e, ok := s.entries[p]; ok {
		return e, nil
	}
	return nil, fmt.Errorf("%s: not found", p)
}

func (s *FilerStore) InsertEntry(ctx context.Context, e *Entry) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.entries[e.FullPath] = e
	return nil
}

type Filer struct {
	Store *FilerStore
}

func (f *Filer) CreateEntry(ctx context.Context, entry *Entry, oExcl bool) error {
	oldEntry, _ := f.Store.FindEntry(ctx, entry.FullPath)
	if oldEntry == nil {
		if err := f.Store.InsertEntry(ctx, entry); err != nil { // Noncompliant
			return fmt.Errorf("insert entry %s: %v", entry.FullPath, err)
		}
		return nil
	}
	if oExcl {
		return fmt.Errorf("EEXIST: entry %s already exists", entry.FullPath)
	}
	return f.Store.InsertEntry(ctx, entry)
}

type FilerServer struct {
	filer *Filer
}

// CreateEntry is the gRPC handler; the server runs each request in its own goroutine.
func (fs *FilerServer) CreateEntry(ctx context.Context, dir, name string, chunks []string, oExcl bool) error {
	entry := &Entry{FullPath: FullPath(dir + "/" + name), Chunks: chunks}
	return fs.filer.CreateEntry(ctx, entry, oExcl)
}
