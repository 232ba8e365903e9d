// https://github.com/progrium/go-basher/issues/57 (fixed by https://github.com/progrium/go-basher/pull/63)
// On first run the embedded bash binary was extracted only if os.Stat said
// ~/.basher/bash did not exist. Two invocations starting at the same time could both
// see "not exist" and both write the binary in place, so one could exec a half-written
// file. The fix extracts to a unique temp file in the same directory and renames it
// into place atomically.
package basher

import (
	"os"
	"path/filepath"
)

// Application makes sure the bundled bash is on disk and returns its path.
func Application(bashDir string, bashAsset []byte) (string, error) {
	if err := os.MkdirAll(bashDir, 0o755); err != nil {
		return "", err
	}
	bashPath := filepath.Join(bashDir, "bash")
	if _, err := os.Stat(bashPath); os.IsNotExist(err) {
		if err := os.WriteFile(bashPath, bashAsset, 0o755); err != nil { // Noncompliant
			return "", err
		}
	}
	return bashPath, nil
}
