// https://github.com/mgechev/revive/pull/1319
// var-name must report a bad package name once per package, but files are linted in parallel
// goroutines. In the first version of the PR the set locked inside has() and inside add() separately,
// so two files of one package could both see has()==false and both report the package (author's review note).
// Fix: take the set's mutex once in applyPackageCheckRules and hold it across has, add and the analysis.
package rule

import (
	"path/filepath"
	"strings"
	"sync"
)

type Failure struct {
	Failure string
	File    string
}

type File struct {
	Name    string
	PkgName string
}

type syncSet struct {
	sync.Mutex
	elements map[string]struct{}
}

func (sm *syncSet) has(s string) bool {
	sm.Lock()
	defer sm.Unlock()
	_, ok := sm.elements[s]
	return ok
}

func (sm *syncSet) add(s string) {
	sm.Lock()
	defer sm.Unlock()
	sm.elements[s] = struct{}{}
}

type VarNamingRule struct {
	pkgNameAlreadyChecked syncSet
}

func (r *VarNamingRule) applyPackageCheckRules(file *File, onFailure func(Failure)) {
	fileDir := filepath.Dir(file.Name)
	if r.pkgNameAlreadyChecked.has(fileDir) {
		return
	}
	r.pkgNameAlreadyChecked.add(fileDir) // Noncompliant

	if strings.ToLower(file.PkgName) == "utils" {
		onFailure(Failure{Failure: "avoid meaningless package names", File: file.Name})
	}
}

// lintPackage mirrors lint.Package.lint: one goroutine per file of the package.
func lintPackage(r *VarNamingRule, files []*File) []Failure {
	var mu sync.Mutex
	var failures []Failure
	var wg sync.WaitGroup
	for _, f := range files {
		wg.Add(1)
		go func(f *File) {
			defer wg.Done()
			r.applyPackageCheckRules(f, func(fl Failure) {
				mu.Lock()
				failures = append(failures, fl)
				mu.Unlock()
			})
		}(f)
	}
	wg.Wait()
	return failures
}
