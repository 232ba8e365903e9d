// https://github.com/mgechev/revive/pull/1319
// Fixed as merged: applyPackageCheckRules locks the whole set, then checks has, marks the package
// with add and runs the package-name analysis before unlocking, so only one file per package reports.
package rule

import (
	"path/filepath"
	"strings"
	"sync"
)

type lockedSet struct {
	sync.Mutex
	elements map[string]struct{}
}

// has and add expect the caller to hold the lock.
func (sm *lockedSet) has(s string) bool {
	_, ok := sm.elements[s]
	return ok
}

func (sm *lockedSet) add(s string) {
	sm.elements[s] = struct{}{}
}

type SafeVarNamingRule struct {
	pkgNameAlreadyChecked lockedSet
}

func (r *SafeVarNamingRule) applyPackageChecksOnce(file *File, onFailure func(Failure)) {
	fileDir := filepath.Dir(file.Name)

	r.pkgNameAlreadyChecked.Lock()
	defer r.pkgNameAlreadyChecked.Unlock()
	if r.pkgNameAlreadyChecked.has(fileDir) {
		return
	}
	r.pkgNameAlreadyChecked.add(fileDir)

	if strings.ToLower(file.PkgName) == "utils" {
		onFailure(Failure{Failure: "avoid meaningless package names", File: file.Name})
	}
}

func lintPackageSafely(r *SafeVarNamingRule, files []*File) []Failure {
	var mu sync.Mutex
	var failures []Failure
	var wg sync.WaitGroup
	for _, f := range files {
		wg.Add(1)
		go func(f *File) {
			defer wg.Done()
			r.applyPackageChecksOnce(f, func(fl Failure) {
				mu.Lock()
				failures = append(failures, fl)
				mu.Unlock()
			})
		}(f)
	}
	wg.Wait()
	return failures
}
