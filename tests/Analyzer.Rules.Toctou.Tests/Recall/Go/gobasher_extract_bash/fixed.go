// https://github.com/progrium/go-basher/issues/57 (fixed by https://github.com/progrium/go-basher/pull/63)
// Fixed version: the binary is written to a unique temp file next to the target and
// renamed over it, so no reader can ever see a partially written bash.
package basher

import (
	"os"
	"path/filepath"
)

// ExtractBash makes sure the bundled bash is on disk and returns its path.
func ExtractBash(dir string, asset []byte) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	target := filepath.Join(dir, "bash")
	if _, err := os.Stat(target); err == nil {
		return target, nil
	}

	tmp, err := os.CreateTemp(dir, "bash.tmp.*")
	if err != nil {
		return "", err
	}
	tmpName := tmp.Name()
	defer os.Remove(tmpName)

	if _, err := tmp.Write(asset); err != nil {
		tmp.Close()
		return "", err
	}
	if err := tmp.Chmod(0o755); err != nil {
		tmp.Close()
		return "", err
	}
	if err := tmp.Close(); err != nil {
		return "", err
	}
	if err := os.Rename(tmpName, target); err != nil {
		return "", err
	}
	return target, nil
}
