// https://github.com/pulumi/pulumi/pull/1048
// Fixed version: the existence check is the read itself. os.ReadFile returns an error for
// which os.IsNotExist is true when repo.json is missing, so a file removed at any moment is
// still reported as "no repository".
package workspace

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
)

const repoSettingsFile = "repo.json"

var ErrRepoMissing = errors.New("no repository")

type RepoSettings struct {
	Owner string `json:"owner"`
	Name  string `json:"name"`
	Root  string `json:"-"`
}

func (r *RepoSettings) Remove() error {
	return os.Remove(filepath.Join(r.Root, repoSettingsFile))
}

func LoadRepository(root string) (*RepoSettings, error) {
	dotPulumiPath := filepath.Join(root, ".pulumi")
	repofilePath := filepath.Join(dotPulumiPath, repoSettingsFile)

	b, err := os.ReadFile(repofilePath)
	if os.IsNotExist(err) {
		return nil, ErrRepoMissing
	} else if err != nil {
		return nil, err
	}

	var repo RepoSettings
	if err := json.Unmarshal(b, &repo); err != nil {
		return nil, err
	}
	if repo.Owner == "" || repo.Name == "" {
		return nil, errors.New("invalid repo.json file, missing owner or name")
	}
	repo.Root = dotPulumiPath
	return &repo, nil
}
