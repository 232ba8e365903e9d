// https://github.com/DopplerHQ/cli/pull/495
// Fixed version: the directories are created with a single mkdir call, and an "already
// exists" error (another doppler process won) is treated as success.
package configuration

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func createDirIfMissing(dir string) error {
	err := os.Mkdir(dir, 0700)
	if err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	return nil
}

// SetupSafely runs at the start of every doppler command; CI jobs often start many at once.
func SetupSafely() {
	if err := createDirIfMissing(UserConfigDir); err != nil {
		handleError(err, fmt.Sprintf("Unable to create config directory %s", UserConfigDir))
	}
}

// initFallbackDirSafely runs before a fallback secrets file is written.
func initFallbackDirSafely() {
	if err := createDirIfMissing(FallbackDir); err != nil {
		handleError(err, "Unable to create directory for fallback file")
	}
}
