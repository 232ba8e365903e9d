// https://github.com/rclone/rclone/issues/9793 (proposed fix: https://github.com/rclone/rclone/pull/9808)
// Fixed version: the lock file is created with O_CREATE|O_EXCL; an existing file is removed and
// the exclusive create retried only when it has expired.
package bisync

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"time"
)

type syncSession struct {
	basePath string
	lockPath string
	maxLock  time.Duration
}

func (s *syncSession) lockExpired() bool {
	info, err := os.Stat(s.lockPath)
	if err != nil {
		return false
	}
	return s.maxLock > 0 && time.Since(info.ModTime()) > s.maxLock
}

func (s *syncSession) acquireLock() error {
	s.lockPath = s.basePath + ".lck"
	for attempt := 0; attempt < 2; attempt++ {
		f, err := os.OpenFile(s.lockPath, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err == nil {
			_, werr := f.Write([]byte(strconv.Itoa(os.Getpid())))
			cerr := f.Close()
			if werr != nil {
				return werr
			}
			return cerr
		}
		if !errors.Is(err, os.ErrExist) {
			return fmt.Errorf("cannot create lock file: %s: %w", s.lockPath, err)
		}
		if !s.lockExpired() {
			return fmt.Errorf("prior lock file found: %s", s.lockPath)
		}
		if rerr := os.Remove(s.lockPath); rerr != nil && !errors.Is(rerr, os.ErrNotExist) {
			return rerr
		}
	}
	return fmt.Errorf("lost the race for lock file: %s", s.lockPath)
}

func (s *syncSession) releaseLock() error {
	if s.lockPath == "" {
		return errors.New("no lock held")
	}
	err := os.Remove(s.lockPath)
	s.lockPath = ""
	return err
}
