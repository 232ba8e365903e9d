// https://github.com/bazelbuild/bazelisk/pull/638
// Issue #436: downloadBazelIfNecessary returns the cached binary if os.Stat finds it, otherwise
// downloads to a temp file and renames it onto the cache path. Parallel bazelisk processes (CI
// agents sharing a cache) all miss, and a late rename replaces the file another process is
// already executing ("bazel (deleted)"). The fix renames under a file lock only if dst is absent.
package core

import (
	"fmt"
	"os"
	"path/filepath"
)

type DownloadFunc func(destDir, destFile string) (string, error)

func downloadBazelIfNecessary(bazeliskHome, digest string, download DownloadFunc) (string, error) {
	pathToBazelInCAS := filepath.Join(bazeliskHome, "downloads", "sha256", digest, "bin", "bazel")
	if _, err := os.Stat(pathToBazelInCAS); err == nil {
		return pathToBazelInCAS, nil
	}

	tmpDir := filepath.Join(bazeliskHome, "downloads", "_tmp")
	tmpPath, err := download(tmpDir, "bazel-download")
	if err != nil {
		return "", fmt.Errorf("failed to download bazel: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(pathToBazelInCAS), 0755); err != nil {
		return "", err
	}
	if err := os.Rename(tmpPath, pathToBazelInCAS); err != nil { // Noncompliant
		return "", fmt.Errorf("failed to move %s to %s: %w", tmpPath, pathToBazelInCAS, err)
	}
	return pathToBazelInCAS, nil
}
