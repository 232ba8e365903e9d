// https://github.com/velero-io/velero/pull/1235
// repositoryEnsurer.EnsureRepo listed the ResticRepository CRs for a volume namespace and
// backup location and, finding none, created one with a GenerateName. Restoring several
// pods of one namespace calls EnsureRepo from parallel goroutines, so each call saw an
// empty list and created its own repository (velero#1233). Fix: a per-(namespace,
// location) mutex held across the list and the create.
package resticrepo

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

type ResticRepository struct {
	Name            string
	GenerateName    string
	VolumeNamespace string
	BackupLocation  string
	Ready           bool
}

// repoAPI stands in for the ResticRepositories client/lister (the API server).
type repoAPI struct {
	mu    sync.Mutex
	items []*ResticRepository
	seq   int
}

func (a *repoAPI) List(volumeNamespace, backupLocation string) []*ResticRepository {
	a.mu.Lock()
	defer a.mu.Unlock()
	var out []*ResticRepository
	for _, r := range a.items {
		if r.VolumeNamespace == volumeNamespace && r.BackupLocation == backupLocation {
			out = append(out, r)
		}
	}
	return out
}

func (a *repoAPI) Create(r *ResticRepository) *ResticRepository {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.seq++
	r.Name = fmt.Sprintf("%s%05d", r.GenerateName, a.seq)
	r.Ready = true
	a.items = append(a.items, r)
	return r
}

type repositoryEnsurer struct {
	repoClient *repoAPI
}

func (r *repositoryEnsurer) EnsureRepo(ctx context.Context, volumeNamespace, backupLocation string) (*ResticRepository, error) {
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
	// no repo found: create one and wait for it to be ready
	repo := &ResticRepository{
		GenerateName:    fmt.Sprintf("%s-%s-", volumeNamespace, backupLocation),
		VolumeNamespace: volumeNamespace,
		BackupLocation:  backupLocation,
	}
	return r.repoClient.Create(repo), nil // Noncompliant
}

// restorePodVolumes runs one goroutine per pod, all in the same namespace.
func restorePodVolumes(ctx context.Context, r *repositoryEnsurer, namespace string, pods []string) {
	var wg sync.WaitGroup
	for range pods {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _ = r.EnsureRepo(ctx, namespace, "default")
		}()
	}
	wg.Wait()
}
