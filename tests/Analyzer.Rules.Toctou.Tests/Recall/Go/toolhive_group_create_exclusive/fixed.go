// https://github.com/stacklok/toolhive/pull/3447
// Fixed: creation goes through CreateExclusive, which opens the file with
// O_CREATE|O_EXCL so the existence check and the creation are one system call.
package groups

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
)

type ExclusiveStore struct {
	basePath string
}

func (s *ExclusiveStore) filePath(name string) string {
	return filepath.Join(s.basePath, name+".json")
}

type conflictError struct{ name string }

func (e *conflictError) Error() string { return fmt.Sprintf("state '%s' already exists", e.name) }

func (s *ExclusiveStore) CreateExclusive(_ context.Context, name string) (io.WriteCloser, error) {
	file, err := os.OpenFile(s.filePath(name), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0600)
	if err != nil {
		if os.IsExist(err) {
			return nil, &conflictError{name: name}
		}
		return nil, fmt.Errorf("failed to create file: %w", err)
	}
	return file, nil
}

type exclusiveManager struct {
	groupStore *ExclusiveStore
}

func (m *exclusiveManager) CreateGroup(ctx context.Context, name string) error {
	writer, err := m.groupStore.CreateExclusive(ctx, name)
	if err != nil {
		if _, ok := err.(*conflictError); ok {
			return fmt.Errorf("%w: %s", ErrGroupAlreadyExists, name)
		}
		return fmt.Errorf("failed to create group: %w", err)
	}
	defer writer.Close()
	return json.NewEncoder(writer).Encode(&Group{Name: name, RegisteredClients: []string{}})
}

func createGroupExclusiveHandler(m *exclusiveManager) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := m.CreateGroup(r.Context(), r.URL.Query().Get("name")); err != nil {
			http.Error(w, err.Error(), http.StatusConflict)
			return
		}
		w.WriteHeader(http.StatusCreated)
	}
}
