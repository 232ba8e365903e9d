// https://github.com/x-motemen/ghq/pull/245
// ghq walks the repository roots with a concurrent walker, and every walk callback resolves
// the repository path through localRepositoryRoots(). That function lazily fills the package
// global _localRepositoryRoots: each goroutine that still sees it empty recomputes the roots
// and assigns the slice while the others read it. Fix: compute the roots inside a sync.Once.
package ghq

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
)

type LocalRepository struct {
	FullPath string
	RelPath  string
}

var _localRepositoryRoots []string

func gitConfigAll(key string) ([]string, error) {
	out, err := exec.Command("git", "config", "--path", "--null", "--get-all", key).Output()
	if err != nil {
		return nil, nil
	}
	return strings.Split(strings.TrimRight(string(out), "\x00"), "\x00"), nil
}

// localRepositoryRoots returns locally cloned repositories' root directories.
func localRepositoryRoots() ([]string, error) {
	if len(_localRepositoryRoots) != 0 {
		return _localRepositoryRoots, nil
	}

	var roots []string
	if envRoot := os.Getenv("GHQ_ROOT"); envRoot != "" {
		roots = filepath.SplitList(envRoot)
	} else {
		var err error
		if roots, err = gitConfigAll("ghq.root"); err != nil {
			return nil, err
		}
	}
	if len(roots) == 0 {
		home, err := os.UserHomeDir()
		if err != nil {
			return nil, err
		}
		roots = []string{filepath.Join(home, "ghq")}
	}
	for i, v := range roots {
		path := filepath.Clean(v)
		if _, err := os.Stat(path); err == nil {
			if path, err = filepath.EvalSymlinks(path); err != nil {
				return nil, err
			}
		}
		roots[i] = path
	}
	_localRepositoryRoots = roots // Noncompliant
	return _localRepositoryRoots, nil
}

func LocalRepositoryFromFullPath(fullPath string) (*LocalRepository, error) {
	roots, err := localRepositoryRoots()
	if err != nil {
		return nil, err
	}
	for _, root := range roots {
		if rel, err := filepath.Rel(root, fullPath); err == nil && !strings.HasPrefix(rel, "..") {
			return &LocalRepository{FullPath: fullPath, RelPath: filepath.ToSlash(rel)}, nil
		}
	}
	return nil, os.ErrNotExist
}

// walkLocalRepositories visits sub-directories of each root in parallel.
func walkLocalRepositories(callback func(*LocalRepository)) error {
	roots, err := localRepositoryRoots()
	if err != nil {
		return err
	}
	var wg sync.WaitGroup
	for _, root := range roots {
		entries, err := os.ReadDir(root)
		if err != nil {
			continue
		}
		for _, e := range entries {
			wg.Add(1)
			go func(p string) {
				defer wg.Done()
				if _, err := os.Stat(filepath.Join(p, ".git")); err != nil {
					return
				}
				if repo, err := LocalRepositoryFromFullPath(p); err == nil {
					callback(repo)
				}
			}(filepath.Join(root, e.Name()))
		}
	}
	wg.Wait()
	return nil
}
