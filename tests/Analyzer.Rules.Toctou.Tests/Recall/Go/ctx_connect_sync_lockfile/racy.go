// https://github.com/ActiveMemory/ctx/pull/113 (issue https://github.com/ActiveMemory/ctx/issues/93)
// `ctx connect sync` guarded itself with a lock file by calling os.Stat on the lock path and, when it
// was absent, writing the sentinel with SafeWriteFile. Two syncs started together (hook + manual run,
// cron + terminal) could both see no lock, both write it, and both pull the same hub entries.
// Fix: SafeTryLock creates the lock with O_CREATE|O_EXCL and reports "already held" on EEXIST.
package hubsync

import (
	"encoding/json"
	"os"
	"path/filepath"
)

const (
	lockFileName  = ".sync.lock"
	stateFileName = "sync-state.json"
	lockSentinel  = "locked"
)

type SyncState struct {
	LastSequence uint64 `json:"last_sequence"`
}

func safeWriteFile(path string, data []byte, perm os.FileMode) error {
	return os.WriteFile(filepath.Clean(path), data, perm)
}

// LoadStateLocked acquires the sync lock and loads the persisted state.
func LoadStateLocked(dir string) (SyncState, func(), error) {
	var s SyncState
	lockPath := filepath.Join(dir, lockFileName)

	if _, statErr := os.Stat(lockPath); statErr == nil {
		return s, nil, os.ErrExist
	}
	if writeErr := safeWriteFile(lockPath, []byte(lockSentinel), 0o600); writeErr != nil { // Noncompliant
		return s, nil, writeErr
	}
	release := func() { _ = os.Remove(lockPath) }

	data, err := os.ReadFile(filepath.Join(dir, stateFileName))
	if err == nil {
		_ = json.Unmarshal(data, &s)
	}
	return s, release, nil
}

// Sync pulls entries newer than the stored sequence and appends them to the shared directory.
func Sync(dir string, fetch func(after uint64) ([]string, uint64, error)) error {
	state, release, err := LoadStateLocked(dir)
	if err != nil {
		return err
	}
	defer release()

	entries, last, err := fetch(state.LastSequence)
	if err != nil {
		return err
	}
	f, err := os.OpenFile(filepath.Join(dir, "shared.md"), os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	defer f.Close()
	for _, e := range entries {
		if _, err := f.WriteString(e + "\n"); err != nil {
			return err
		}
	}
	state.LastSequence = last
	out, _ := json.Marshal(state)
	return safeWriteFile(filepath.Join(dir, stateFileName), out, 0o600)
}
