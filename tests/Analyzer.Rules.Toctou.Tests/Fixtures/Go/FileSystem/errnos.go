package filesystem

import (
	"errors"
	"os"
	"syscall"
)

// The lost race told by the system's error number, which the *os.PathError of a failed call holds, is handled as
// os.IsExist and os.IsNotExist would handle it.
func ensureDir(dir string) error {
	if _, err := os.Stat(dir); err != nil {
		err := os.Mkdir(dir, 0o755)
		if pe, ok := err.(*os.PathError); ok && pe.Err == syscall.EEXIST {
			return nil
		}
		return err
	}
	return nil
}

func removeStale(path string) error {
	if _, err := os.Stat(path); err == nil {
		if err := os.Remove(path); err != nil && !errors.Is(err, syscall.ENOENT) {
			return err
		}
	}
	return nil
}

// Another error number leaves a directory made in between an error.
func ensureDirDenied(dir string) error {
	if _, err := os.Stat(dir); err != nil { // Secondary [check]
		err := os.Mkdir(dir, 0o755) // Noncompliant [TOCTOU004] {{os.Stat checks dir at line 33 and os.Mkdir uses it at line 34; the path can appear, vanish or be swapped in between}}
		if pe, ok := err.(*os.PathError); ok && pe.Err == syscall.EACCES {
			return nil
		}
		return err
	}
	return nil
}
