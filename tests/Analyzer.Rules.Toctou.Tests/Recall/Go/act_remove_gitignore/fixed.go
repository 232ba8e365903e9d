// https://github.com/nektos/act/issues/6180 (fix: https://github.com/nektos/act/pull/6186)
// Fixed version: no stat; a .gitignore that is already gone is the state we wanted.
package runner

import (
	"context"
	"os"
	"path"
)

func removeGitIgnoreIfPresent(ctx context.Context, directory string) error {
	gitIgnorePath := path.Join(directory, ".gitignore")
	if err := os.Remove(gitIgnorePath); err != nil && !os.IsNotExist(err) {
		return err
	}
	return nil
}
