package filesystem

import (
	"os"
	"path/filepath"
)

// A directory built aside and renamed into place after a check that it is missing: renamed onto one another build put
// there meanwhile, the rename fails.
func installHeaders(outdir string, write func(dir string) error) (string, error) {
	dest := filepath.Join(outdir, "include")
	if _, err := os.Stat(dest); err == nil { // Secondary [check]
		return dest, nil
	}
	tmp, err := os.MkdirTemp(outdir, "include.tmp*")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	if err := write(tmp); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, dest); err != nil { // Noncompliant [TOCTOU004] {{os.Stat checks dest at line 12 and os.Rename uses it at line 23; the path can appear, vanish or be swapped in between}}
		return "", err
	}
	return dest, nil
}

// The same, taking the failure for the other build's success.
func installHeadersShared(outdir string, write func(dir string) error) (string, error) {
	dest := filepath.Join(outdir, "include")
	if _, err := os.Stat(dest); err == nil {
		return dest, nil
	}
	tmp, err := os.MkdirTemp(outdir, "include.tmp*")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	if err := write(tmp); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, dest); err != nil {
		switch {
		case os.IsExist(err):
		default:
			return "", err
		}
	}
	return dest, nil
}
