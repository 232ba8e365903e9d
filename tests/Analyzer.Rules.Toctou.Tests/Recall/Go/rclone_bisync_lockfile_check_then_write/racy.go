// https://github.com/rclone/rclone/issues/9793 (proposed fix: https://github.com/rclone/rclone/pull/9808)
// bisync guards a session (a Path1/Path2 pair) with a "<session>.lck" file. setLockFile first
// checked whether the lock file existed and only then wrote it with os.WriteFile, which
// creates or truncates without failing if the file is already there. Two bisync runs on the
// same session could both see "no lock" and both write one, each thinking it held the lock.
// The maintainer confirmed the bug; the proposed fix creates the file with O_CREATE|O_EXCL so only one run
// can win, and takes over an existing file only when it has expired.
package bisync

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"time"
)

type bisyncRun struct {
	basePath string
	lockFile string
	maxLock  time.Duration
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func (b *bisyncRun) lockFileIsExpired() bool {
	info, err := os.Stat(b.lockFile)
	if err != nil {
		return false
	}
	return b.maxLock > 0 && time.Since(info.ModTime()) > b.maxLock
}

// setLockFile is called at the start of every bisync run; separate rclone processes
// (cron jobs, a user in a terminal) may run it for the same session at the same time.
func (b *bisyncRun) setLockFile() error {
	b.lockFile = b.basePath + ".lck"
	if fileExists(b.lockFile) {
		if !b.lockFileIsExpired() {
			return fmt.Errorf("prior lock file found: %s", b.lockFile)
		}
	}

	pid := []byte(strconv.Itoa(os.Getpid()))
	if err := os.WriteFile(b.lockFile, pid, 0o600); err != nil { // Noncompliant
		return fmt.Errorf("cannot create lock file: %s: %w", b.lockFile, err)
	}
	return nil
}

func (b *bisyncRun) removeLockFile() error {
	if b.lockFile == "" {
		return errors.New("no lock held")
	}
	err := os.Remove(b.lockFile)
	b.lockFile = ""
	return err
}
