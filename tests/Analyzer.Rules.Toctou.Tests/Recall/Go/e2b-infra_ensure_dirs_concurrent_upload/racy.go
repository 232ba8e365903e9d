// https://github.com/e2b-dev/infra/pull/2096 (earlier attempt: https://github.com/e2b-dev/infra/pull/2090)
// envd's EnsureDirs walks the parent directories of an upload target, stats each one and,
// when it does not exist, calls os.Mkdir and then os.Chown. Concurrent file uploads into the
// same new nested directory both saw "not exist", both called Mkdir, and the loser failed
// with "file exists", so its upload request failed. The fix treats os.IsExist from Mkdir as
// success and still chowns the directory (Chown is idempotent).
package permissions

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"slices"
)

func getSubpaths(path string) (subpaths []string) {
	for {
		subpaths = append(subpaths, path)
		path = filepath.Dir(path)
		if path == "/" {
			break
		}
	}
	slices.Reverse(subpaths)
	return subpaths
}

func EnsureDirs(path string, uid, gid int) error {
	for _, subpath := range getSubpaths(path) {
		info, err := os.Stat(subpath)
		if err != nil && !os.IsNotExist(err) {
			return fmt.Errorf("failed to stat directory: %w", err)
		}

		if err != nil && os.IsNotExist(err) {
			err = os.Mkdir(subpath, 0o755) // Noncompliant
			if err != nil {
				return fmt.Errorf("failed to create directory: %w", err)
			}
			if err = os.Chown(subpath, uid, gid); err != nil {
				return fmt.Errorf("failed to chown directory: %w", err)
			}
			continue
		}

		if !info.IsDir() {
			return fmt.Errorf("path is a file: %s", subpath)
		}
	}
	return nil
}

// PostFiles is the upload handler; net/http runs each request on its own goroutine.
func PostFiles(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("path")
	if err := EnsureDirs(filepath.Dir(target), 1000, 1000); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	f, err := os.Create(target)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer f.Close()
	_, _ = io.Copy(f, r.Body)
}
