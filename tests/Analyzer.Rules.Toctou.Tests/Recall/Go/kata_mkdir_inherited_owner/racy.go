// https://github.com/kata-containers/kata-containers/pull/5714
// MkdirAllWithInheritedOwner stat'ed each path component and called os.Mkdir when the stat failed; when another process
// created the folder in between, Mkdir failed with "file exists" and so did the whole call. The fix creates the
// component with os.MkdirAll, which does not fail on an existing directory.
package katautils

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

func MkdirAllWithInheritedOwner(path string, perm os.FileMode) error {
	uid, gid := 0, 0
	cur := "/"
	for _, part := range strings.Split(strings.Trim(filepath.Clean(path), "/"), "/") {
		cur = filepath.Join(cur, part)
		info, err := os.Stat(cur)
		if err != nil {
			if err = os.Mkdir(cur, perm); err != nil { // Noncompliant [TOCTOU004]
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
