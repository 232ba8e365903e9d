package filesystem

import (
	"fmt"
	"os"
)

// The stat only turns a missing file away and lends the write the file's mode; WriteFile creates or truncates
// whatever is there, so a file that vanishes or appears in between changes nothing the write is for.
func Rewrite(path string, data []byte) error {
	fi, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("stat %s: %w", path, err)
	}
	return os.WriteFile(path, data, fi.Mode())
}

// The size the stat saw decides the write: another writer can change it in between.
func Grow(path string, data []byte) error {
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	if fi.Size() < int64(len(data)) {
		return os.WriteFile(path, data, fi.Mode()) // Noncompliant [TOCTOU004] {{os.Stat checks path at line 20 and os.WriteFile uses it at line 25; the path can appear, vanish or be swapped in between}}
	}
	return nil
}

// The stat turns away a file that is there: the create is meant for a new file only, and one another process makes in
// between is truncated.
func CreateNew(path string, data []byte) error {
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		return fmt.Errorf("%s exists or cannot be read: %w", path, err)
	}
	return os.WriteFile(path, data, 0o644) // Noncompliant [TOCTOU004] {{os.Stat checks path at line 33 and os.WriteFile uses it at line 36; the path can appear, vanish or be swapped in between}}
}
