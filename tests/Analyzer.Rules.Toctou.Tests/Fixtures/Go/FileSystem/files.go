package filesystem

import (
	"io/ioutil"
	"os"
)

func EnsureFile(path string, data []byte) error {
	if _, err := os.Stat(path); os.IsNotExist(err) { // Secondary [check]
		f, err := os.Create(path) // Noncompliant [TOCTOU004] {{os.Stat checks path at line 9 and os.Create uses it at line 10; the path can appear, vanish or be swapped in between}}
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
		return os.Mkdir(dir, 0o755) // Noncompliant [TOCTOU004] {{os.Stat checks dir at line 22 and os.Mkdir uses it at line 24; the path can appear, vanish or be swapped in between}}
	}
	return err
}

func RemoveIfPresent(path string) error {
	if _, err := os.Lstat(path); err == nil { // Secondary [check]
		return os.Remove(path) // Noncompliant [TOCTOU004] {{os.Lstat checks path at line 30 and os.Remove uses it at line 31; the path can appear, vanish or be swapped in between}}
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
