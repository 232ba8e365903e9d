// https://github.com/antrea-io/antrea/pull/4296
package multicluster

import (
	"context"
	"sync"
)

type SafeLabelIdentityReconciler struct {
	commonAreaMutex  sync.Mutex
	commonAreaGetter RemoteCommonAreaGetter
	remoteCommonArea RemoteCommonArea
	localClusterID   string

	labelMutex    sync.Mutex
	podLabelCache map[string]string
}

func (r *SafeLabelIdentityReconciler) Reconcile(ctx context.Context, req Request) (Result, error) {
	if requeue := r.checkRemoteCommonArea(); requeue {
		return Result{Requeue: true}, nil
	}
	r.onPodCreateOrUpdate(req.Namespace+"/"+req.Name, r.localClusterID)
	return Result{}, nil
}

// checkRemoteCommonArea initialises remoteCommonArea under commonAreaMutex.
func (r *SafeLabelIdentityReconciler) checkRemoteCommonArea() bool {
	r.commonAreaMutex.Lock()
	defer r.commonAreaMutex.Unlock()

	if r.remoteCommonArea == nil {
		commonArea, localClusterID, _ := r.commonAreaGetter.GetRemoteCommonAreaAndLocalID()
		if commonArea == nil {
			return true
		}
		r.remoteCommonArea, r.localClusterID = commonArea, localClusterID
	}
	return false
}

func (r *SafeLabelIdentityReconciler) onPodCreateOrUpdate(pod, label string) {
	r.labelMutex.Lock()
	defer r.labelMutex.Unlock()
	r.podLabelCache[pod] = label
}

func startSafeWorkers(r *SafeLabelIdentityReconciler, reqs []Request) {
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
