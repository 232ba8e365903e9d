// https://github.com/pulumi/pulumi/pull/1048
// GetRepository called os.Stat on .pulumi/repo.json and then read it; if the file is
// removed in between (another pulumi process, or Delete), the caller gets a raw read
// error instead of ErrNoRepository. Fix: drop the Stat, read directly and test
// os.IsNotExist on the read error.
package workspace

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
)

const RepoFile = "repo.json"

var ErrNoRepository = errors.New("no repository")

type Repository struct {
	Owner string `json:"owner"`
	Name  string `json:"name"`
	Root  string `json:"-"`
}

func (r *Repository) Save() error {
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(r.Root, 0o755); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(r.Root, RepoFile), b, 0o644)
}

// Delete removes the repository settings (e.g. `pulumi` cleaning up a workspace).
func (r *Repository) Delete() error {
	return os.Remove(filepath.Join(r.Root, RepoFile))
}

func GetRepository(root string) (*Repository, error) {
	dotPulumiPath := filepath.Join(root, ".pulumi")
	repofilePath := filepath.Join(dotPulumiPath, RepoFile)

	_, err := os.Stat(repofilePath)
	if os.IsNotExist(err) {
		return nil, ErrNoRepository
	} else if err != nil {
		return nil, err
	}

	b, err := os.ReadFile(repofilePath) // Noncompliant
	if err != nil {
		return nil, err
	}

	var repo Repository
	if err := json.Unmarshal(b, &repo); err != nil {
		return nil, err
	}
	if repo.Owner == "" || repo.Name == "" {
		return nil, errors.New("invalid repo.json file, missing owner or name")
	}
	repo.Root = dotPulumiPath
	return &repo, nil
}
