// https://github.com/podman-container-tools/buildah/issues/1004 (fixed by https://github.com/podman-container-tools/buildah/pull/1009)
// Fixed version: the store itself decides whether a name is free. When the made-up name is
// taken, CreateContainer fails with ErrDuplicateName and the next suffix is tried.
package buildah

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

var errNameInUse = errors.New("that name is already in use")

type ContainerStore struct {
	mu     sync.Mutex
	nextID int
	names  map[string]string
}

func (s *ContainerStore) CreateContainer(id string, names []string, image string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, n := range names {
		if _, ok := s.names[n]; ok {
			return "", fmt.Errorf("the container name %q is already in use: %w", n, errNameInUse)
		}
	}
	s.nextID++
	id = strconv.Itoa(s.nextID)
	for _, n := range names {
		s.names[n] = id
	}
	return id, nil
}

func createWorkingContainer(store *ContainerStore, image, container string) (string, error) {
	name := "working-container"
	if container != "" {
		name = container
	} else if image != "" {
		name = image + "-" + name
	}
	id, err := store.CreateContainer("", []string{name}, image)
	suffix := 1
	for err != nil && errors.Is(err, errNameInUse) && container == "" {
		suffix++
		tmpName := fmt.Sprintf("%s-%d", name, suffix)
		if id, err = store.CreateContainer("", []string{tmpName}, image); err == nil {
			name = tmpName
		}
	}
	if err != nil {
		return "", fmt.Errorf("error creating build container: %w", err)
	}
	return id, nil
}
