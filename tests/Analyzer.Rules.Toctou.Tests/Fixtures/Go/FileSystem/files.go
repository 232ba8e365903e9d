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

// A missing file is an error whether the Stat or the ReadFile finds it missing: losing the race changes only the words.
func ReadConfig(path string) ([]byte, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, errors.New("no config file at " + path)
	}
	data, err := ioutil.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return data, nil
}

// Absent is fine for the check, but an error for the read: losing the race turns "nothing to read" into a failure.
func ReadOptional(path string) ([]byte, error) {
	if _, err := os.Stat(path); err != nil { // Secondary [check]
		return nil, nil
	}
	return ioutil.ReadFile(path) // Noncompliant [TOCTOU004] {{os.Stat checks path at line 132 and ioutil.ReadFile uses it at line 135; the path can appear, vanish or be swapped in between}}
}

// The check looks at what the path is, not only whether it exists: the path can be swapped for a link in between.
func OpenRegular(path string) (*os.File, error) {
	info, err := os.Lstat(path) // Secondary [check]
	if err != nil || !info.Mode().IsRegular() {
		return nil, errors.New("not a regular file: " + path)
	}
	return os.Open(path) // Noncompliant [TOCTOU004] {{os.Lstat checks path at line 140 and os.Open uses it at line 144; the path can appear, vanish or be swapped in between}}
}

// A missing path is fine for the check, though its branch ends with an error for other failures: losing the race
// turns "nothing to move" into a failure.
func MoveIfPresent(from, to string) error {
	if _, err := os.Lstat(from); err != nil { // Secondary [check]
		if os.IsNotExist(err) {
			return nil
		}
		return err
	}
	return os.Rename(from, to) // Noncompliant [TOCTOU004] {{os.Lstat checks from at line 150 and os.Rename uses it at line 156; the path can appear, vanish or be swapped in between}}
}

// A missing source is skipped, not an error: losing the race turns "nothing to copy" into a failure of the whole loop.
func CopyPresent(sources []string, open func(*os.File) error) error {
	for _, source := range sources {
		if _, err := os.Stat(source); err != nil { // Secondary [check]
			if os.IsNotExist(err) {
				continue
			}
			return err
		}
		f, err := os.Open(source) // Noncompliant [TOCTOU004] {{os.Stat checks source at line 162 and os.Open uses it at line 168; the path can appear, vanish or be swapped in between}}
		if err != nil {
			return err
		}
		if err := open(f); err != nil {
			return err
		}
	}
	return nil
}

// The nested test handles the directory vanishing between the Lstat and the Open.
func OpenIfDir(path string) (*os.File, error) {
	info, err := os.Lstat(path)
	if err != nil || !info.IsDir() {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, nil
		}
		return nil, err
	}
	return f, nil
}

// When Mkdir fails, its error branch looks at the path again and accepts a directory made in between.
func MakeDir(path string) error {
	if _, err := os.Stat(path); err == nil {
		return nil
	}
	err := os.Mkdir(path, 0o755)
	if err != nil {
		if info, statErr := os.Lstat(path); statErr == nil && info.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// A removal whose error is dropped: one that lost the race finds the path already gone, which is what it was for.
func DropStale(path string) {
	if info, err := os.Stat(path); err == nil && info.Size() == 0 {
		os.Remove(path)
	}
}

func DropStaleQuietly(path string) {
	if _, err := os.Stat(path); err == nil {
		_ = os.Remove(path)
	}
}

// A link holds its target's name as text: Symlink never looks the target up, so a check of the target decides
// nothing it does. A check of the link's own path still does.
func LinkTo(target, link string) error {
	if _, err := os.Stat(target); err != nil {
		return err
	}
	return os.Symlink(target, link)
}

func LinkUnlessPresent(target, link string) error {
	if _, err := os.Lstat(link); err == nil { // Secondary [check]
		return nil
	}
	return os.Symlink(target, link) // Noncompliant [TOCTOU004] {{os.Lstat checks link at line 233 and os.Symlink uses it at line 236; the path can appear, vanish or be swapped in between}}
}
