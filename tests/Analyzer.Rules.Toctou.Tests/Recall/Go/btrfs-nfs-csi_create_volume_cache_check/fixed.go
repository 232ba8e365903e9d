// https://github.com/erikmagkekse/btrfs-nfs-csi/pull/133
// Fixed: a per-name lock is held from the cache check through the subvolume creation and the
// metadata write, so a concurrent creator of the same name waits and then gets ALREADY_EXISTS.
package storage

import (
	"context"
	"os"
	"path/filepath"
	"sync"
)

type nameLocks struct {
	mu    sync.Mutex
	locks map[string]*sync.Mutex
}

func (n *nameLocks) Lock(tenant, name string) func() {
	n.mu.Lock()
	if n.locks == nil {
		n.locks = map[string]*sync.Mutex{}
	}
	l, ok := n.locks[tenant+"/"+name]
	if !ok {
		l = &sync.Mutex{}
		n.locks[tenant+"/"+name] = l
	}
	n.mu.Unlock()
	l.Lock()
	return l.Unlock
}

type LockedStorage struct {
	volumes *VolumeCache
	names   *nameLocks
}

func (s *LockedStorage) CreateVolumeOnce(ctx context.Context, tenant, name string) (*VolumeMetadata, error) {
	volDir := s.volumes.Dir(tenant, name)
	dataDir := filepath.Join(volDir, "data")

	unlock := s.names.Lock(tenant, name)
	defer unlock()

	if existing, err := s.volumes.Get(tenant, name); err == nil {
		return existing, ErrAlreadyExists
	}
	if err := os.MkdirAll(volDir, 0o755); err != nil {
		return nil, err
	}
	if err := subvolumeCreate(ctx, dataDir); err != nil {
		_ = os.RemoveAll(volDir)
		return nil, err
	}
	meta := &VolumeMetadata{Name: name, Path: volDir}
	if err := s.volumes.Store(tenant, name, meta); err != nil {
		return nil, err
	}
	return meta, nil
}
