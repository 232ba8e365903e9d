// https://github.com/antrea-io/antrea/pull/4296
// LabelIdentityReconciler.Reconcile runs on several workers (MaxConcurrentReconciles) and lazily
// initialised r.remoteCommonArea/r.localClusterID with an unguarded nil check; reviewers noted that
// parallel Reconcile calls can both see nil and both write the fields. The fix moves the nil check and
// the assignment into checkRemoteCommonArea() holding a dedicated commonAreaMutex.
package multicluster

import (
	"context"
	"sync"
)

type RemoteCommonArea interface {
	GetNamespace() string
}

type RemoteCommonAreaGetter interface {
	GetRemoteCommonAreaAndLocalID() (RemoteCommonArea, string, error)
}

type Request struct{ Namespace, Name string }

type Result struct{ Requeue bool }

type LabelIdentityReconciler struct {
	commonAreaGetter RemoteCommonAreaGetter
	remoteCommonArea RemoteCommonArea
	localClusterID   string

	labelMutex    sync.Mutex
	podLabelCache map[string]string
}

// Reconcile is invoked concurrently by the controller workers.
func (r *LabelIdentityReconciler) Reconcile(ctx context.Context, req Request) (Result, error) {
	if r.remoteCommonArea == nil {
		commonArea, localClusterID, err := r.commonAreaGetter.GetRemoteCommonAreaAndLocalID()
		if commonArea == nil {
			return Result{Requeue: true}, err
		}
		r.remoteCommonArea, r.localClusterID = commonArea, localClusterID // Noncompliant
	}
	r.onPodCreateOrUpdate(req.Namespace+"/"+req.Name, r.localClusterID)
	return Result{}, nil
}

func (r *LabelIdentityReconciler) onPodCreateOrUpdate(pod, label string) {
	r.labelMutex.Lock()
	defer r.labelMutex.Unlock()
	r.podLabelCache[pod] = label
}

func startWorkers(r *LabelIdentityReconciler, reqs []Request) {
	var wg sync.WaitGroup
	for _, req := range reqs {
		wg.Add(1)
		go func(q Request) {
			defer wg.Done()
			_, _ = r.Reconcile(context.Background(), q)
		}(req)
	}
	wg.Wait()
}
