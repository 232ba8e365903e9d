package sharedstate

import (
	"os"
	"path/filepath"
	"sync"
)

var (
	rootsOnce = &sync.Once{}
	roots     []string
	rootsErr  error
)

// The literal runs once whoever calls first; its test and stores are the only ones, made before anyone reads them.
func repositoryRootList() ([]string, error) {
	rootsOnce.Do(func() {
		var list []string
		list, rootsErr = readRootConfig()
		if rootsErr != nil {
			return
		}
		if len(list) == 0 {
			home, err := os.UserHomeDir()
			if err != nil {
				rootsErr = err
				return
			}
			list = []string{filepath.Join(home, "repos")}
		}
		roots = list
	})
	return roots, rootsErr
}

func readRootConfig() ([]string, error) {
	return filepath.SplitList(os.Getenv("REPO_ROOTS")), nil
}

func walkRoots(paths []string) {
	for range paths {
		go repositoryRootList()
	}
}
