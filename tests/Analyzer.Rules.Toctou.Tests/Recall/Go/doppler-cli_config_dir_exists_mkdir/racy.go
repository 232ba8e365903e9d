// https://github.com/DopplerHQ/cli/pull/495
// Issue #493: on startup the CLI checked utils.Exists(UserConfigDir) and, if missing, called
// os.Mkdir; the fallback-file directory was created the same way. Several doppler processes
// started together in CI all saw "missing" and all but one failed with "mkdir ~/.doppler: file
// exists". The fix calls Mkdir directly and treats an "already exists" error as success.
package configuration

import (
	"fmt"
	"os"
	"path/filepath"
)

var (
	UserConfigDir = filepath.Join(os.Getenv("HOME"), ".doppler")
	FallbackDir   = filepath.Join(UserConfigDir, "fallback")
)

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func handleError(err error, msg string) {
	fmt.Fprintf(os.Stderr, "%s\nDoppler Error: %v\n", msg, err)
	os.Exit(1)
}

// Setup runs at the start of every doppler command; CI jobs often start many at once.
func Setup() {
	if !exists(UserConfigDir) {
		if err := os.Mkdir(UserConfigDir, 0700); err != nil { // Noncompliant
			handleError(err, fmt.Sprintf("Unable to create config directory %s", UserConfigDir))
		}
	}
}

// initFallbackDir runs before a fallback secrets file is written.
func initFallbackDir() {
	if !exists(FallbackDir) {
		if err := os.Mkdir(FallbackDir, 0700); err != nil { // Noncompliant
			handleError(err, "Unable to create directory for fallback file")
		}
	}
}
