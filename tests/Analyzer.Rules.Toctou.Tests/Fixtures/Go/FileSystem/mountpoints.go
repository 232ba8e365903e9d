package filesystem

import (
	"fmt"
	"os"
)

// A mount point made only where the stat found nothing: OpenFile creates without truncating, so a file another
// process made in between is opened and closed as it is, and the path is there either way.
func EnsureMountPoint(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		if !os.IsNotExist(err) {
			return fmt.Errorf("stat %s: %w", path, err)
		}
		created, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o750)
		if err != nil {
			return err
		}
		return created.Close()
	}
	if info.IsDir() {
		return fmt.Errorf("%s is a directory", path)
	}
	return nil
}

// The same create after a stat that found the path makes again, empty, a file that vanished in between.
func ReopenMountPoint(path string) error {
	if _, err := os.Stat(path); err == nil {
		reopened, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o750) // Noncompliant [TOCTOU004] {{os.Stat checks path at line 30 and os.OpenFile uses it at line 31; the path can appear, vanish or be swapped in between}}
		if err != nil {
			return err
		}
		return reopened.Close()
	}
	return nil
}

// A file written after the create holds what this process wrote, over what another made in between.
func EnsureStamp(path string, stamp []byte) error {
	if _, err := os.Stat(path); os.IsNotExist(err) {
		stampFile, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY, 0o640) // Noncompliant [TOCTOU004] {{os.Stat checks path at line 42 and os.OpenFile uses it at line 43; the path can appear, vanish or be swapped in between}}
		if err != nil {
			return err
		}
		defer stampFile.Close()
		_, err = stampFile.Write(stamp)
		return err
	}
	return nil
}
