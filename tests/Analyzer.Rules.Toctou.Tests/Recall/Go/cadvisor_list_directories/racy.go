// https://github.com/google/cadvisor/pull/1675
// The container helpers checked that a cgroup directory existed (a stat through a FileExists helper) and then read
// it; a container's cgroup deleted in between made the read fail, and kubelet failed to start with "Failed to start
// cAdvisor readdirent: no such file or directory". The fix drops the stat and checks the read's own error.
package common

import (
	"os"
	"path"
)

func fileExists(file string) bool {
	if _, err := os.Stat(file); err != nil {
		return false
	}
	return true
}

// ListDirectories lists the cgroup directories under dirpath into output, recursively when asked.
func ListDirectories(dirpath string, parent string, recursive bool, output map[string]struct{}) error {
	if !fileExists(dirpath) {
		return nil
	}
	entries, err := os.ReadDir(dirpath) // Noncompliant [TOCTOU004]
	if err != nil {
		return err
	}
	for _, entry := range entries {
		if entry.IsDir() {
			name := path.Join(parent, entry.Name())
			output[name] = struct{}{}
			if recursive {
				if err := ListDirectories(path.Join(dirpath, entry.Name()), name, true, output); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
