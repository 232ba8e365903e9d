// https://github.com/velero-io/velero/pull/1235
// Fixed version: EnsureRepo first takes a mutex keyed by (volume namespace, backup
// location) and holds it while listing and, if needed, creating the repository, so only
// one ResticRepository is created per key.
package resticrepo

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type repoRecord struct {
	Name            string
	GenerateName    string
	VolumeNamespace string
	BackupLocation  string
	Ready           bool
}

type repoServer struct {
	mu    sync.Mutex
	items []*repoRecord
	seq   int
}

func (a *repoServer) List(volumeNamespace, backupLocation string) []*repoRecord {
	a.mu.Lock()
	defer a.mu.Unlock()
	var out []*repoRecord
	for _, r := range a.items {
		if r.VolumeNamespace == volumeNamespace && r.BackupLocation == backupLocation {
			out = append(out, r)
		}
	}
	return out
}

func (a *repoServer) Create(r *repoRecord) *repoRecord {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.seq++
	r.Name = fmt.Sprintf("%s%05d", r.GenerateName, a.seq)
	r.Ready = true
	a.items = append(a.items, r)
	return r
}

type repoKey struct {
	volumeNamespace string
	backupLocation  string
}

type lockedEnsurer struct {
	repoClient *repoServer

	// repoLocksMu synchronizes reads/writes to the repoLocks map itself
	// since maps are not threadsafe.
	repoLocksMu sync.Mutex
	repoLocks   map[repoKey]*sync.Mutex
}

func (r *lockedEnsurer) repoLock(volumeNamespace, backupLocation string) *sync.Mutex {
	r.repoLocksMu.Lock()
	defer r.repoLocksMu.Unlock()
	key := repoKey{volumeNamespace: volumeNamespace, backupLocation: backupLocation}
	if r.repoLocks[key] == nil {
		r.repoLocks[key] = new(sync.Mutex)
	}
	return r.repoLocks[key]
}

func (r *lockedEnsurer) EnsureRepo(ctx context.Context, volumeNamespace, backupLocation string) (*repoRecord, error) {
	// It's only safe to have one instance of this method executing concurrently for a
	// given volumeNamespace + backupLocation, so synchronize based on that.
	repoMu := r.repoLock(volumeNamespace, backupLocation)
	repoMu.Lock()
	defer repoMu.Unlock()

	repos := r.repoClient.List(volumeNamespace, backupLocation)
	if len(repos) > 1 {
		return nil, fmt.Errorf("more than one ResticRepository found for workload namespace %q, backup storage location %q", volumeNamespace, backupLocation)
	}
	if len(repos) == 1 {
		if !repos[0].Ready {
			return nil, errors.New("restic repository is not ready")
		}
		return repos[0], nil
	}
	repo := &repoRecord{
		GenerateName:    fmt.Sprintf("%s-%s-", volumeNamespace, backupLocation),
		VolumeNamespace: volumeNamespace,
		BackupLocation:  backupLocation,
	}
	return r.repoClient.Create(repo), nil
}
