// https://github.com/x-motemen/ghq/pull/245
// Fixed version: the roots are computed exactly once inside localRepoOnce.Do; every
// concurrent caller waits for that computation and then reads the cached result.
package ghq

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
)

type cachedRepo struct {
	FullPath string
	RelPath  string
}

var (
	_repoRoots    []string
	_repoRootsErr error
	repoRootsOnce = &sync.Once{}
)

func readGitConfigAll(key string) ([]string, error) {
	out, err := exec.Command("git", "config", "--path", "--null", "--get-all", key).Output()
	if err != nil {
		return nil, nil
	}
	return strings.Split(strings.TrimRight(string(out), "\x00"), "\x00"), nil
}

func repositoryRoots() ([]string, error) {
	repoRootsOnce.Do(func() {
		var roots []string
		if envRoot := os.Getenv("GHQ_ROOT"); envRoot != "" {
			roots = filepath.SplitList(envRoot)
		} else {
			roots, _repoRootsErr = readGitConfigAll("ghq.root")
			if _repoRootsErr != nil {
				return
			}
		}
		if len(roots) == 0 {
			home, err := os.UserHomeDir()
			if err != nil {
				_repoRootsErr = err
				return
			}
			roots = []string{filepath.Join(home, "ghq")}
		}
		for i, v := range roots {
			path := filepath.Clean(v)
			if _, err := os.Stat(path); err == nil {
				if path, err = filepath.EvalSymlinks(path); err != nil {
					_repoRootsErr = err
					return
				}
			}
			roots[i] = path
		}
		_repoRoots = roots
	})
	return _repoRoots, _repoRootsErr
}

func repoFromFullPath(fullPath string) (*cachedRepo, error) {
	roots, err := repositoryRoots()
	if err != nil {
		return nil, err
	}
	for _, root := range roots {
		if rel, err := filepath.Rel(root, fullPath); err == nil && !strings.HasPrefix(rel, "..") {
			return &cachedRepo{FullPath: fullPath, RelPath: filepath.ToSlash(rel)}, nil
		}
	}
	return nil, os.ErrNotExist
}

func walkRepos(callback func(*cachedRepo)) error {
	roots, err := repositoryRoots()
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
				if repo, err := repoFromFullPath(p); err == nil {
					callback(repo)
				}
			}(filepath.Join(root, e.Name()))
		}
	}
	wg.Wait()
	return nil
}
