// https://github.com/bazelbuild/bazelisk/pull/638
// Fixed version: the final move goes through lockedRenameIfDstAbsent, which takes an exclusive
// lock file next to the destination and re-checks that the destination is still absent before
// renaming, so an existing (possibly running) binary is never replaced.
package core

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
)

func lockedRenameIfDstAbsent(src, dst string) error {
	lock, err := os.OpenFile(dst+".lock", os.O_CREATE|os.O_RDWR, 0644)
	if err == nil {
		defer lock.Close()
		if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX); err == nil {
			defer syscall.Flock(int(lock.Fd()), syscall.LOCK_UN)
		}
	}
	if _, err := os.Stat(dst); err == nil {
		return nil
	}
	return os.Rename(src, dst)
}

func ensureBazelDownloaded(bazeliskHome, digest string, download DownloadFunc) (string, error) {
	dst := filepath.Join(bazeliskHome, "downloads", "sha256", digest, "bin", "bazel")
	if _, err := os.Stat(dst); err == nil {
		return dst, nil
	}

	tmpDir := filepath.Join(bazeliskHome, "downloads", "_tmp")
	tmpPath, err := download(tmpDir, "bazel-download")
	if err != nil {
		return "", fmt.Errorf("failed to download bazel: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0755); err != nil {
		return "", err
	}
	defer os.Remove(tmpPath)
	if err := lockedRenameIfDstAbsent(tmpPath, dst); err != nil {
		return "", fmt.Errorf("failed to move %s to %s: %w", tmpPath, dst, err)
	}
	return dst, nil
}
