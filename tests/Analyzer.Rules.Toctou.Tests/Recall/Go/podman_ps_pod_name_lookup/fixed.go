// https://github.com/podman-container-tools/podman/pull/23325 (issue https://github.com/podman-container-tools/podman/issues/23282)
// Fixed version: the pod name is resolved inside the batch, while the container lock keeps
// the pod from being removed, and any lookup error is wrapped and returned.
package ps

import (
	"errors"
	"fmt"
	"sync"
)

var errPodGone = errors.New("no such pod")

type Ctr struct {
	lock sync.Mutex
	id   string
	name string
	pod  string
}

func (c *Ctr) Batch(fn func(*Ctr) error) error {
	c.lock.Lock()
	defer c.lock.Unlock()
	return fn(c)
}

type LibpodRuntime struct {
	mu      sync.RWMutex
	pods    map[string]string
	podCtrs map[string][]*Ctr
}

func (r *LibpodRuntime) GetPodName(id string) (string, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	name, ok := r.pods[id]
	if !ok {
		return "", errPodGone
	}
	return name, nil
}

func (r *LibpodRuntime) RemovePod(id string) {
	r.mu.RLock()
	ctrs := r.podCtrs[id]
	r.mu.RUnlock()
	for _, c := range ctrs {
		c.lock.Lock()
		c.pod = ""
		c.lock.Unlock()
	}
	r.mu.Lock()
	delete(r.pods, id)
	delete(r.podCtrs, id)
	r.mu.Unlock()
}

type PsEntry struct {
	ID      string
	Name    string
	Pod     string
	PodName string
}

func ListCtrBatch(rt *LibpodRuntime, ctr *Ctr, withPod bool) (PsEntry, error) {
	var ps PsEntry
	batchErr := ctr.Batch(func(c *Ctr) error {
		ps = PsEntry{ID: c.id, Name: c.name, Pod: c.pod}
		if withPod && len(c.pod) > 0 {
			podName, err := rt.GetPodName(c.pod)
			if err != nil {
				return fmt.Errorf("could not find container %s pod (id %s) in state: %w", c.id, c.pod, err)
			}
			ps.PodName = podName
		}
		return nil
	})
	if batchErr != nil {
		return PsEntry{}, batchErr
	}
	return ps, nil
}
