package filesystem

import (
	"os"
	"path/filepath"
)

// A directory MkdirTemp just made under a fresh name is readable by its owner only: paths in it are ours.
func buildInScratch(names []string) error {
	scratch, err := os.MkdirTemp("", "build-")
	if err != nil {
		return err
	}
	out := filepath.Join(scratch, "out")
	if _, err := os.Stat(out); os.IsNotExist(err) {
		if err := os.Mkdir(out, 0o700); err != nil {
			return err
		}
	}
	for _, name := range names {
		target := filepath.Join(out, name)
		if _, err := os.Stat(target); err == nil {
			os.Remove(target)
		}
	}
	return nil
}

// The parent of a temporary directory is the shared temp folder.
func besideScratch() error {
	scratch, err := os.MkdirTemp("", "build-")
	if err != nil {
		return err
	}
	marker := filepath.Join(filepath.Dir(scratch), "marker")
	if _, err := os.Stat(marker); os.IsNotExist(err) {
		return os.WriteFile(marker, nil, 0o600) // Noncompliant [TOCTOU004] {{os.Stat checks marker at line 36 and os.WriteFile uses it at line 37; the path can appear, vanish or be swapped in between}}
	}
	return nil
}
