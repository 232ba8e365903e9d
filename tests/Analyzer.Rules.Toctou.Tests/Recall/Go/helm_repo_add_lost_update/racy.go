// https://github.com/helm/helm/pull/6492
// `helm repo add` read repositories.yaml, checked whether the repo name was already
// present, appended the new entry and rewrote the whole file. Two `helm repo add`
// processes run in parallel (helm/helm#5677) both read the old file, and the last
// writer silently dropped the other's entry. Fix (port of #5678): hold a flock on
// repositories.lock across the read, the check and the write.
package helmrepo

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"sync"
)

type Entry struct {
	Name string
	URL  string
}

type File struct {
	Repositories []*Entry
}

func (f *File) Has(name string) bool {
	for _, e := range f.Repositories {
		if e.Name == name {
			return true
		}
	}
	return false
}

func (f *File) Update(e *Entry) {
	f.Repositories = append(f.Repositories, e)
}

func (f *File) WriteFile(path string, perm os.FileMode) error {
	var b strings.Builder
	for _, e := range f.Repositories {
		fmt.Fprintf(&b, "%s %s\n", e.Name, e.URL)
	}
	return os.WriteFile(path, []byte(b.String()), perm)
}

func loadRepoFile(path string) (*File, error) {
	f := &File{}
	fh, err := os.Open(path)
	if os.IsNotExist(err) {
		return f, nil
	}
	if err != nil {
		return nil, err
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		if parts := strings.Fields(sc.Text()); len(parts) == 2 {
			f.Repositories = append(f.Repositories, &Entry{Name: parts[0], URL: parts[1]})
		}
	}
	return f, sc.Err()
}

type repoAddOptions struct {
	name     string
	url      string
	repoFile string
}

func (o *repoAddOptions) run() error {
	f, err := loadRepoFile(o.repoFile)
	if err != nil {
		return err
	}
	if f.Has(o.name) {
		return fmt.Errorf("repository name (%s) already exists, please specify a different name", o.name)
	}
	// download the index file here to validate the repository
	f.Update(&Entry{Name: o.name, URL: o.url})
	return f.WriteFile(o.repoFile, 0644) // Noncompliant
}

// addInParallel mirrors the regression test: several `repo add` runs at once.
func addInParallel(repoFile string, names []string) {
	var wg sync.WaitGroup
	for _, n := range names {
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			o := &repoAddOptions{name: name, url: "https://charts.example.com/" + name, repoFile: repoFile}
			_ = o.run()
		}(n)
	}
	wg.Wait()
}
