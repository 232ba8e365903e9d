// https://github.com/helm/helm/pull/6492
// Fixed version: the run acquires an exclusive flock on repositories.lock before
// reading repositories.yaml and keeps it until the updated file has been written, so
// parallel `helm repo add` processes serialize their read-check-write.
package helmrepo

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

type repoEntry struct {
	Name string
	URL  string
}

type repoFile struct {
	Repositories []*repoEntry
}

func (f *repoFile) Has(name string) bool {
	for _, e := range f.Repositories {
		if e.Name == name {
			return true
		}
	}
	return false
}

func (f *repoFile) Update(e *repoEntry) {
	f.Repositories = append(f.Repositories, e)
}

func (f *repoFile) WriteFile(path string, perm os.FileMode) error {
	var b strings.Builder
	for _, e := range f.Repositories {
		fmt.Fprintf(&b, "%s %s\n", e.Name, e.URL)
	}
	return os.WriteFile(path, []byte(b.String()), perm)
}

func readRepoFile(path string) (*repoFile, error) {
	f := &repoFile{}
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
			f.Repositories = append(f.Repositories, &repoEntry{Name: parts[0], URL: parts[1]})
		}
	}
	return f, sc.Err()
}

// flock is a stand-in for github.com/gofrs/flock.
type flock struct {
	path string
	fh   *os.File
}

func (l *flock) Lock() error {
	fh, err := os.OpenFile(l.path, os.O_CREATE|os.O_RDWR, 0600)
	if err != nil {
		return err
	}
	if err := syscall.Flock(int(fh.Fd()), syscall.LOCK_EX); err != nil {
		fh.Close()
		return err
	}
	l.fh = fh
	return nil
}

func (l *flock) Unlock() error {
	defer l.fh.Close()
	return syscall.Flock(int(l.fh.Fd()), syscall.LOCK_UN)
}

type repoAdder struct {
	name     string
	url      string
	repoFile string
}

func (o *repoAdder) run() error {
	// Ensure the file directory exists as it is required for file locking
	if err := os.MkdirAll(filepath.Dir(o.repoFile), 0755); err != nil {
		return err
	}
	// Acquire a file lock for process synchronization
	lock := &flock{path: strings.Replace(o.repoFile, filepath.Ext(o.repoFile), ".lock", 1)}
	if err := lock.Lock(); err != nil {
		return err
	}
	defer lock.Unlock()

	f, err := readRepoFile(o.repoFile)
	if err != nil {
		return err
	}
	if f.Has(o.name) {
		return fmt.Errorf("repository name (%s) already exists, please specify a different name", o.name)
	}
	f.Update(&repoEntry{Name: o.name, URL: o.url})
	return f.WriteFile(o.repoFile, 0644)
}
