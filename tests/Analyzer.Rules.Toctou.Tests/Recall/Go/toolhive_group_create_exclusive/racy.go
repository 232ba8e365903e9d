// https://github.com/stacklok/toolhive/pull/3447
// Group Create first asked the state store whether the group file exists and then
// opened it with O_CREATE|O_TRUNC. Two concurrent API requests both saw "absent", both
// wrote the file (the second overwrote the first) and both returned 201. The fix adds
// CreateExclusive, which opens the file with O_CREATE|O_EXCL and maps EEXIST to 409.
package groups

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
)

var ErrGroupAlreadyExists = errors.New("group already exists")

type Group struct {
	Name              string   `json:"name"`
	RegisteredClients []string `json:"registered_clients"`
}

type LocalStore struct {
	basePath string
}

func (s *LocalStore) getFilePath(name string) string {
	return filepath.Join(s.basePath, name+".json")
}

func (s *LocalStore) Exists(_ context.Context, name string) (bool, error) {
	_, err := os.Stat(s.getFilePath(name))
	if err == nil {
		return true, nil
	}
	if os.IsNotExist(err) {
		return false, nil
	}
	return false, err
}

func (s *LocalStore) GetWriter(_ context.Context, name string) (io.WriteCloser, error) {
	return os.OpenFile(s.getFilePath(name), os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0600)
}

type cliManager struct {
	groupStore *LocalStore
}

func (m *cliManager) Create(ctx context.Context, name string) error {
	exists, err := m.groupStore.Exists(ctx, name)
	if err != nil {
		return fmt.Errorf("failed to check if group exists: %w", err)
	}
	if exists {
		return fmt.Errorf("%w: %s", ErrGroupAlreadyExists, name)
	}
	writer, err := m.groupStore.GetWriter(ctx, name) // Noncompliant
	if err != nil {
		return fmt.Errorf("failed to get writer for group: %w", err)
	}
	defer writer.Close()
	return json.NewEncoder(writer).Encode(&Group{Name: name, RegisteredClients: []string{}})
}

// createGroupHandler is served concurrently by the API server.
func createGroupHandler(m *cliManager) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := m.Create(r.Context(), r.URL.Query().Get("name")); err != nil {
			http.Error(w, err.Error(), http.StatusConflict)
			return
		}
		w.WriteHeader(http.StatusCreated)
	}
}
