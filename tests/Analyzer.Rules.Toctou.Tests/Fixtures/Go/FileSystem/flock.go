package filesystem

import (
	"os"
	"syscall"
)

// An advisory lock on a lock file keeps the program's other runs, which take it too, off the path while it is held.
func createOnce(path string, lock *os.File) error {
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		return err
	}
	defer syscall.Flock(int(lock.Fd()), syscall.LOCK_UN)
	if _, err := os.Stat(path); os.IsNotExist(err) {
		return os.WriteFile(path, []byte("made"), 0o644)
	}
	return nil
}

func createOnceReleasedEarly(path string, lock *os.File) error {
	if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err != nil {
		return err
	}
	_, statErr := os.Stat(path) // Secondary [check]
	syscall.Flock(int(lock.Fd()), syscall.LOCK_UN)
	if os.IsNotExist(statErr) {
		return os.WriteFile(path, []byte("made"), 0o644) // Noncompliant [TOCTOU004] {{os.Stat checks path at line 24 and os.WriteFile uses it at line 27; the path can appear, vanish or be swapped in between}}
	}
	return nil
}
