// https://github.com/kata-containers/kata-containers/pull/5714
// Fixed version: a missing component is created with os.MkdirAll, so a folder another process created in the
// meantime is not an error.
package katautils

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

func MkdirAllWithOwnerOfParent(path string, perm os.FileMode) error {
	uid, gid := 0, 0
	cur := "/"
	for _, part := range strings.Split(strings.Trim(filepath.Clean(path), "/"), "/") {
		cur = filepath.Join(cur, part)
		info, err := os.Stat(cur)
		if err != nil {
			if err = os.MkdirAll(cur, perm); err != nil {
				return fmt.Errorf("mkdir call failed: %v", err.Error())
			}
			if err = syscall.Chown(cur, uid, gid); err != nil {
				return fmt.Errorf("chown syscall failed: %v", err.Error())
			}
			continue
		}
		if !info.IsDir() {
			return fmt.Errorf("%s is not a directory", cur)
		}
		if st, ok := info.Sys().(*syscall.Stat_t); ok {
			uid, gid = int(st.Uid), int(st.Gid)
		}
	}
	return nil
}
