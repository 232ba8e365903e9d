// https://github.com/podman-container-tools/podman/pull/23325 (issue https://github.com/podman-container-tools/podman/issues/23282)
// ListContainerBatch read the container's pod ID inside ctr.Batch (container lock held) and
// looked the pod name up after the batch had released the lock. A concurrent "podman pod rm"
// could remove the pod in between, and "podman ps --pod" failed with "no such pod". Fix:
// the pod name lookup moved into the locked batch; a pod cannot be removed while one of
// its containers is locked.
package ps

import (
	"errors"
	"fmt"
	"sync"
)

var ErrNoSuchPod = errors.New("no such pod")

type Container struct {
	lock sync.Mutex
	id   string
	name string
	pod  string
}

// Batch runs fn with the container lock held.
func (c *Container) Batch(fn func(*Container) error) error {
	c.lock.Lock()
	defer c.lock.Unlock()
	return fn(c)
}

type Runtime struct {
	mu      sync.RWMutex
	pods    map[string]string
	podCtrs map[string][]*Container
}

func (r *Runtime) GetPodName(id string) (string, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	name, ok := r.pods[id]
	if !ok {
		return "", ErrNoSuchPod
	}
	return name, nil
}

// RemovePod removes the pod's containers, each under its own lock, then the pod itself.
func (r *Runtime) RemovePod(id string) {
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

type ListContainer struct {
	ID      string
	Name    string
	Pod     string
	PodName string
}

// ListContainerBatch is run for every container by "podman ps", in parallel workers.
func ListContainerBatch(rt *Runtime, ctr *Container, withPod bool) (ListContainer, error) {
	var ps ListContainer
	batchErr := ctr.Batch(func(c *Container) error {
		ps = ListContainer{ID: c.id, Name: c.name, Pod: c.pod}
		return nil
	})
	if batchErr != nil {
		return ListContainer{}, batchErr
	}
	if withPod && len(ps.Pod) > 0 {
		podName, err := rt.GetPodName(ps.Pod) // Noncompliant
		if err != nil {
			return ListContainer{}, fmt.Errorf("could not find container %s pod (id %s) in state: %w", ps.ID, ps.Pod, err)
		}
		ps.PodName = podName
	}
	return ps, nil
}
