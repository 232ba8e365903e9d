// https://github.com/ActiveMemory/ctx/pull/113 (issue https://github.com/ActiveMemory/ctx/issues/93)
// Fixed version: OpenFile O_CREATE|O_EXCL try-lock.
package hubsync

import (
	"encoding/json"
	"os"
	"path/filepath"
)

type hubState struct {
	LastSequence uint64 `json:"last_sequence"`
}

func safeTryLock(path string, data []byte, perm os.FileMode) (bool, error) {
	f, openErr := os.OpenFile(filepath.Clean(path), os.O_CREATE|os.O_EXCL|os.O_WRONLY, perm)
	if openErr != nil {
		if os.IsExist(openErr) {
			return false, nil
		}
		return false, openErr
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return false, err
	}
	return true, f.Close()
}

func loadHubStateLocked(dir string) (hubState, func(), error) {
	var s hubState
	lockPath := filepath.Join(dir, lockFileName)

	acquired, lockErr := safeTryLock(lockPath, []byte(lockSentinel), 0o600)
	if lockErr != nil {
		return s, nil, lockErr
	}
	if !acquired {
		return s, nil, os.ErrExist
	}
	release := func() { _ = os.Remove(lockPath) }

	data, err := os.ReadFile(filepath.Join(dir, stateFileName))
	if err == nil {
		_ = json.Unmarshal(data, &s)
	}
	return s, release, nil
}

func syncFromHub(dir string, fetch func(after uint64) ([]string, uint64, error)) error {
	state, release, err := loadHubStateLocked(dir)
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
	return os.WriteFile(filepath.Join(dir, stateFileName), out, 0o600)
}
