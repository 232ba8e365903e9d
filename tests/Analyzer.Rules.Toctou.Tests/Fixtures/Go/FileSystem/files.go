package filesystem

import (
	"errors"
	"io/fs"
	"io/ioutil"
	"os"
)

func EnsureFile(path string, data []byte) error {
	if _, err := os.Stat(path); os.IsNotExist(err) { // Secondary [check]
		f, err := os.Create(path) // Noncompliant [TOCTOU004] {{os.Stat checks path at line 11 and os.Create uses it at line 12; the path can appear, vanish or be swapped in between}}
		if err != nil {
			return err
		}
		defer f.Close()
		_, err = f.Write(data)
		return err
	}
	return nil
}

func EnsureDir(dir string) error {
	_, err := os.Stat(dir) // Secondary [check]
	if os.IsNotExist(err) {
		return os.Mkdir(dir, 0o755) // Noncompliant [TOCTOU004] {{os.Stat checks dir at line 24 and os.Mkdir uses it at line 26; the path can appear, vanish or be swapped in between}}
	}
	return err
}

func RemoveIfPresent(path string) error {
	if _, err := os.Lstat(path); err == nil { // Secondary [check]
		return os.Remove(path) // Noncompliant [TOCTOU004] {{os.Lstat checks path at line 32 and os.Remove uses it at line 33; the path can appear, vanish or be swapped in between}}
	}
	return nil
}

func EnsureDirAll(dir string) error {
	return os.MkdirAll(dir, 0o755)
}

func CreateExclusive(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = f.Write(data)
	return err
}

func SizeOf(path string) int64 {
	info, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return info.Size()
}

func WriteAll(path string, data []byte) error {
	return ioutil.WriteFile(path, data, 0o644)
}

// The lost race is handled: a directory that appeared in between is what the caller wanted.
func EnsureDirTolerant(dir string) error {
	if _, err := os.Stat(dir); os.IsNotExist(err) {
		if err := os.Mkdir(dir, 0o755); err != nil && !os.IsExist(err) {
			return err
		}
	}
	return nil
}

// The lost race is handled: a file removed by someone else in between is removed.
func RemoveTolerant(path string) error {
	if _, err := os.Stat(path); err == nil {
		err = os.Remove(path)
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		return err
	}
	return nil
}

// Testing some other error is no handling of the race; nor is testing "exists" after a removal, which fails with
// "does not exist" when the path vanished in between.
func RemoveTestingExist(path string) error {
	if _, err := os.Stat(path); err == nil { // Secondary [check]
		err = os.Remove(path) // Noncompliant [TOCTOU004] {{os.Stat checks path at line 89 and os.Remove uses it at line 90; the path can appear, vanish or be swapped in between}}
		if os.IsExist(err) {
			return nil
		}
		return err
	}
	return nil
}

func RemoveTestingPermission(path string) error {
	if _, err := os.Stat(path); err == nil { // Secondary [check]
		err = os.Remove(path) // Noncompliant [TOCTOU004] {{os.Stat checks path at line 100 and os.Remove uses it at line 101; the path can appear, vanish or be swapped in between}}
		if os.IsPermission(err) {
			return nil
		}
		return err
	}
	return nil
}

// RemoveAll returns no error for a path that is already gone: losing the race is harmless.
func ClearCache(dir string) error {
	if _, err := os.Stat(dir); err == nil {
		return os.RemoveAll(dir)
	}
	return nil
}
