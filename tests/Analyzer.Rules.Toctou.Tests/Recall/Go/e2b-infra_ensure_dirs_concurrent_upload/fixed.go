// https://github.com/e2b-dev/infra/pull/2096
// Fixed version: "already exists" from Mkdir is accepted (another upload created the
// directory), and Chown is still applied because it is idempotent.
package permissions

import (
	"fmt"
	"os"
)

func EnsureDirsShared(path string, uid, gid int) error {
	for _, subpath := range getSubpaths(path) {
		info, err := os.Stat(subpath)
		if err != nil && !os.IsNotExist(err) {
			return fmt.Errorf("failed to stat directory: %w", err)
		}

		if err != nil && os.IsNotExist(err) {
			err = os.Mkdir(subpath, 0o755)
			if err != nil && !os.IsExist(err) {
				return fmt.Errorf("failed to create directory: %w", err)
			}
			if err = os.Chown(subpath, uid, gid); err != nil {
				return fmt.Errorf("failed to chown directory: %w", err)
			}
			continue
		}

		if !info.IsDir() {
			return fmt.Errorf("path is a file: %s", subpath)
		}
	}
	return nil
}
