// https://github.com/google/cadvisor/pull/1675
// Fixed version: read the directory and ignore "does not exist" from the read itself.
package common

import (
	"os"
	"path"
)

func ListDirectoriesIgnoringRemoved(dirpath string, parent string, recursive bool, output map[string]struct{}) error {
	entries, err := os.ReadDir(dirpath)
	if err != nil {
		if os.IsNotExist(err) {
			return nil
		}
		return err
	}
	for _, entry := range entries {
		if entry.IsDir() {
			name := path.Join(parent, entry.Name())
			output[name] = struct{}{}
			if recursive {
				if err := ListDirectoriesIgnoringRemoved(path.Join(dirpath, entry.Name()), name, true, output); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
