// https://github.com/podman-container-tools/buildah/issues/1004 (fixed by https://github.com/podman-container-tools/buildah/pull/1009)
// newBuilder chose the working container's name by listing the containers in the shared
// storage and incrementing a suffix until the name was unused, then called CreateContainer
// with that name. Concurrent "buildah bud"/"buildah from" runs chose the same free name
// and the later one failed with "the container name ... is already in use". Fix: call
// CreateContainer directly and, on ErrDuplicateName for a made-up name, retry the next one.
package buildah

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

var ErrDuplicateName = errors.New("that name is already in use")

// Store stands for containers/storage: one on-disk store shared by every buildah process;
// each call takes the store's lock file internally.
type Store struct {
	mu     sync.Mutex
	nextID int
	names  map[string]string
}

func (s *Store) Containers() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	names := make([]string, 0, len(s.names))
	for n := range s.names {
		names = append(names, n)
	}
	return names
}

func (s *Store) CreateContainer(id string, names []string, image string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, n := range names {
		if _, ok := s.names[n]; ok {
			return "", fmt.Errorf("the container name %q is already in use: %w", n, ErrDuplicateName)
		}
	}
	s.nextID++
	id = strconv.Itoa(s.nextID)
	for _, n := range names {
		s.names[n] = id
	}
	return id, nil
}

func getUnusedName(store *Store, base string) string {
	inUse := map[string]bool{}
	for _, n := range store.Containers() {
		inUse[n] = true
	}
	name := base
	for suffix := 2; inUse[name]; suffix++ {
		name = fmt.Sprintf("%s-%d", base, suffix)
	}
	return name
}

// newBuilder creates the working container for "buildah from IMAGE" / a "bud" stage.
func newBuilder(store *Store, image, container string) (string, error) {
	name := "working-container"
	if container != "" {
		name = container
	} else {
		if image != "" {
			name = image + "-" + name
		}
		name = getUnusedName(store, name)
	}
	id, err := store.CreateContainer("", []string{name}, image) // Noncompliant
	if err != nil {
		return "", fmt.Errorf("error creating build container: %w", err)
	}
	return id, nil
}
