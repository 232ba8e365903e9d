package filesystem

import (
	"errors"
	"os"
)

// exists answers with the stat's outcome: a call of it checks the path it is given.
func exists(path string) bool {
	if _, err := os.Stat(path); err != nil {
		return false
	}
	return true
}

// isDir's answer comes from the stat's result.
func isDir(path string) (bool, error) {
	info, err := os.Stat(path)
	if err != nil {
		return false, err
	}
	return info.IsDir(), nil
}

// touch uses the path; what it does with it is checked here, not at its callers.
func touch(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	return f.Close()
}

var errMissing = errors.New("missing")

func ensureEmpty(path string) error {
	if !exists(path) {
		return touch(path) // the helper that uses the path is no use here
	}
	return nil
}

func listIfPresent(dir string) ([]os.DirEntry, error) {
	if !exists(dir) {
		return nil, nil
	}
	return os.ReadDir(dir) // Noncompliant [TOCTOU004] {{exists checks dir at line 44 and os.ReadDir uses it at line 47; the path can appear, vanish or be swapped in between}}
}

func removeUnlessDir(path string) error {
	dir, err := isDir(path)
	if err != nil || dir {
		return errMissing
	}
	return os.Remove(path) // Noncompliant [TOCTOU004] {{isDir checks path at line 51 and os.Remove uses it at line 55; the path can appear, vanish or be swapped in between}}
}

// The helper is asked about one path, the act is on another.
func removeOther(path, other string) error {
	if exists(path) {
		return os.Remove(other)
	}
	return nil
}

// Reading the directory and handling "does not exist" from the read itself: the fix.
func listIgnoringMissing(dir string) ([]os.DirEntry, error) {
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil, nil
	}
	return entries, err
}
