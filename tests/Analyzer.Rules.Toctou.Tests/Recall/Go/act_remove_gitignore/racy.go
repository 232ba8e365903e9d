// https://github.com/nektos/act/issues/6180 (fix: https://github.com/nektos/act/pull/6186)
// Before copying a remote action into the container, removeGitIgnore stat'ed the action's .gitignore and removed it
// when present. Concurrent jobs using the same action share one cache working tree, so the loser of the race got
// ENOENT from os.Remove and its step failed. The fix calls os.Remove directly and treats "does not exist" as success.
package runner

import (
	"context"
	"log"
	"os"
	"path"
)

func removeGitIgnore(ctx context.Context, directory string) error {
	gitIgnorePath := path.Join(directory, ".gitignore")
	if _, err := os.Stat(gitIgnorePath); err == nil {
		log.Printf("Removing %s before docker cp", gitIgnorePath)
		err := os.Remove(gitIgnorePath) // Noncompliant [TOCTOU004]
		if err != nil {
			return err
		}
	}
	return nil
}
