// https://github.com/erikmagkekse/btrfs-nfs-csi/pull/133
// Storage.CreateVolume (agent HTTP API, called by the CSI controller and its retries) checked
// the metadata cache for the volume name without any lock and then created the directory and
// the btrfs subvolume. Two concurrent requests for the same name both passed the check; the
// loser's "btrfs subvolume create" failed, and its error path ran os.RemoveAll(volDir), deleting
// the winner's metadata.json, and the API answered 500 instead of 409. Fix: a per-(tenant, name)
// lock from the metadata store is held across the cache check, the filesystem work and the
// metadata write, so losers see the winner's entry and return ALREADY_EXISTS.
package storage

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
)

var ErrAlreadyExists = errors.New("already exists")

type VolumeMetadata struct {
	Name string
	Path string
}

// VolumeCache is the in-memory metadata cache; each call locks internally.
type VolumeCache struct {
	mu   sync.RWMutex
	root string
	vols map[string]*VolumeMetadata
}

func (c *VolumeCache) Dir(tenant, name string) string { return filepath.Join(c.root, tenant, name) }

func (c *VolumeCache) Get(tenant, name string) (*VolumeMetadata, error) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if m, ok := c.vols[tenant+"/"+name]; ok {
		return m, nil
	}
	return nil, os.ErrNotExist
}

func (c *VolumeCache) Store(tenant, name string, m *VolumeMetadata) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.vols[tenant+"/"+name] = m
	return os.WriteFile(filepath.Join(m.Path, "metadata.json"), []byte(m.Name), 0o600)
}

type Storage struct{ volumes *VolumeCache }

func subvolumeCreate(ctx context.Context, path string) error {
	return exec.CommandContext(ctx, "btrfs", "subvolume", "create", path).Run()
}

func (s *Storage) CreateVolume(ctx context.Context, tenant, name string) (*VolumeMetadata, error) {
	volDir := s.volumes.Dir(tenant, name)
	dataDir := filepath.Join(volDir, "data")

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
	if err := s.volumes.Store(tenant, name, meta); err != nil { // Noncompliant
		return nil, err
	}
	return meta, nil
}
