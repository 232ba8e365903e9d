package filesystem

import (
	"log"
	"os"
	"path/filepath"
	"time"
)

// A pruner lists the folder and removes the old names: a second pruner, in another process, removes the same names, so
// the stat and the remove can find a name gone.
func pruneSpool(dir string, maxAge time.Duration) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		info, err := os.Stat(p) // Noncompliant [TOCTOU004] {{os.ReadDir checks the names in dir at line 13 and os.Stat uses one at line 19 and os.Remove at line 24; the path can appear, vanish or be swapped in between}}
		if err != nil {
			return err
		}
		if time.Since(info.ModTime()) > maxAge {
			if err := os.Remove(p); err != nil { // Noncompliant [TOCTOU004] {{os.Stat checks p at line 19 and os.Remove uses it at line 24; the path can appear, vanish or be swapped in between}}
				return err
			}
		}
	}
	return nil
}

func pruneMatches(pattern string) error {
	matches, err := filepath.Glob(pattern)
	if err != nil {
		return err
	}
	for _, m := range matches {
		if err := os.Remove(m); err != nil { // Noncompliant [TOCTOU004] {{filepath.Glob checks the names matching pattern at line 33 and os.Remove uses one at line 38; the path can appear, vanish or be swapped in between}}
			return err
		}
	}
	return nil
}

// The same pruners, taking a name that went in between as one less to do.
func pruneSpoolTolerant(dir string, maxAge time.Duration) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		info, err := os.Stat(p)
		if err != nil {
			log.Printf("skipping %s: %v", p, err)
			continue
		}
		if time.Since(info.ModTime()) > maxAge {
			if err := os.Remove(p); err != nil && !os.IsNotExist(err) {
				return err
			}
		}
	}
	return nil
}

func pruneMatchesTolerant(pattern string) error {
	matches, err := filepath.Glob(pattern)
	if err != nil {
		return err
	}
	for _, m := range matches {
		os.Remove(m)
	}
	return nil
}

// Reading what a listing names, when nothing here removes names, leaves the listing's names to whoever wrote them.
func readSpool(dir string) ([][]byte, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out [][]byte
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		out = append(out, data)
	}
	return out, nil
}
