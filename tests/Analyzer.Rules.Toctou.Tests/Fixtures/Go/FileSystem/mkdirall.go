package filesystem

import (
	"os"
	"syscall"
)

func mkdirWithACL(path string) error { return os.Mkdir(path, 0o700) }

// A copy of os.MkdirAll: the stat is a fast path, and a Mkdir that lost the race to a directory made in between finds
// it there when its error branch looks again.
func MakeDirAll(path string, withACL bool) error {
	dir, err := os.Stat(path)
	if err == nil {
		if dir.IsDir() {
			return nil
		}
		return &os.PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	if withACL {
		err = mkdirWithACL(path)
	} else {
		err = os.Mkdir(path, 0)
	}
	if err != nil {
		dir, err1 := os.Lstat(path)
		if err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// The same without the second look: a directory made in between turns into a failure.
func MakeDirOnce(path string, withACL bool) error {
	dir, err := os.Stat(path)
	if err == nil {
		if dir.IsDir() {
			return nil
		}
		return &os.PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	if withACL {
		err = mkdirWithACL(path)
	} else {
		err = os.Mkdir(path, 0) // Noncompliant [TOCTOU004] {{os.Stat checks path at line 37 and os.Mkdir uses it at line 47; the path can appear, vanish or be swapped in between}}
	}
	return err
}
