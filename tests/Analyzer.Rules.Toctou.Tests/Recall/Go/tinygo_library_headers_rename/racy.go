// https://github.com/tinygo-org/tinygo/pull/2393
// Library.load runs in every tinygo build process that shares one GOCACHE. It checked
// whether the library's include directory existed and, if not, generated the headers into
// a temporary directory and renamed it into place. Two builds started together both saw
// the directory missing; the second os.Rename failed with "file exists" and the build
// aborted (tinygo#2348). Fix: treat EEXIST from the rename (or access denied on Windows
// when the target now exists) as success, since another build created the headers.
package builder

import (
	"os"
	"path/filepath"
)

type Library struct {
	name        string
	makeHeaders func(target, includeDir string) error
}

func (l *Library) headers(outdir, target string) (string, error) {
	if err := os.MkdirAll(outdir, 0o777); err != nil {
		return "", err
	}
	headerPath := filepath.Join(outdir, "include")
	if l.makeHeaders == nil {
		return headerPath, nil
	}
	if _, err := os.Stat(headerPath); err != nil {
		tmp, err := os.MkdirTemp(outdir, "include.tmp*")
		if err != nil {
			return "", err
		}
		defer os.RemoveAll(tmp)
		if err := l.makeHeaders(target, tmp); err != nil {
			return "", err
		}
		if err := os.Chmod(tmp, 0o755); err != nil {
			return "", err
		}
		if err := os.Rename(tmp, headerPath); err != nil { // Noncompliant
			return "", err
		}
	}
	return headerPath, nil
}

// buildLibraries prepares several libraries in parallel, as the build job runner does.
func buildLibraries(libs []*Library, cacheDir, target string) []error {
	errs := make([]error, len(libs))
	done := make(chan struct{})
	for i, l := range libs {
		go func(i int, l *Library) {
			_, errs[i] = l.headers(filepath.Join(cacheDir, l.name+"-"+target), target)
			done <- struct{}{}
		}(i, l)
	}
	for range libs {
		<-done
	}
	return errs
}
