// https://github.com/marmos91/dittofs/pull/639 (closes https://github.com/marmos91/dittofs/issues/624)
// Service.createEntry (used by CreateFile/CreateDirectory) checked for an existing name with
// store.GetChild outside the write transaction and then, inside WithTransaction, stored the new
// inode and linked it with SetChild, which silently overwrites. Three concurrent SMB CREATE
// requests with "create only" disposition (smbtorture smb2.create.multi) could all pass the
// outer check and all succeed. Fix: re-check the name with tx.GetChild inside the transaction,
// right before SetChild, and return ErrAlreadyExists there.
package metadata

import (
	"context"
	"errors"
	"strconv"
	"sync"
)

var ErrAlreadyExists = errors.New("file already exists")
var ErrNotFound = errors.New("not found")

type FileHandle string

type File struct {
	Handle FileHandle
	Name   string
}

type Transaction struct{ s *MemoryStore }

func (tx *Transaction) GetChild(dir FileHandle, name string) (FileHandle, error) {
	if h, ok := tx.s.children[dir][name]; ok {
		return h, nil
	}
	return "", ErrNotFound
}
func (tx *Transaction) PutFile(f *File) { tx.s.files[f.Handle] = f }

// SetChild is an upsert: it replaces an existing entry of the same name.
func (tx *Transaction) SetChild(dir FileHandle, name string, h FileHandle) {
	if tx.s.children[dir] == nil {
		tx.s.children[dir] = map[string]FileHandle{}
	}
	tx.s.children[dir][name] = h
}

type MemoryStore struct {
	mu       sync.RWMutex
	files    map[FileHandle]*File
	children map[FileHandle]map[string]FileHandle
	next     int
}

func (s *MemoryStore) GetChild(ctx context.Context, dir FileHandle, name string) (FileHandle, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if h, ok := s.children[dir][name]; ok {
		return h, nil
	}
	return "", ErrNotFound
}

func (s *MemoryStore) GenerateHandle() FileHandle {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.next++
	return FileHandle("h" + strconv.Itoa(s.next))
}

func (s *MemoryStore) WithTransaction(ctx context.Context, fn func(tx *Transaction) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return fn(&Transaction{s: s})
}

type Service struct{ store *MemoryStore }

// createEntry runs on the goroutine of each SMB/NFS create request.
func (svc *Service) createEntry(ctx context.Context, parent FileHandle, name string) (*File, error) {
	if _, err := svc.store.GetChild(ctx, parent, name); err == nil {
		return nil, ErrAlreadyExists
	} else if !errors.Is(err, ErrNotFound) {
		return nil, err
	}

	newFile := &File{Handle: svc.store.GenerateHandle(), Name: name}
	err := svc.store.WithTransaction(ctx, func(tx *Transaction) error {
		tx.PutFile(newFile)
		tx.SetChild(parent, name, newFile.Handle) // Noncompliant
		return nil
	})
	if err != nil {
		return nil, err
	}
	return newFile, nil
}
