package filesystem

import (
	"fmt"
	"io"
	"io/ioutil"
	"os"
)

// A read after os.Stat that passes its error on: the read fails by itself on a path that vanished or is not the kind
// the stat saw, and the caller gets that error as it would any other; the stat vouched for nothing else.
func listIfDir(path string) ([]os.FileInfo, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %v", path, err)
	}
	if !info.IsDir() {
		return nil, nil
	}
	entries, err := ioutil.ReadDir(path)
	if err != nil {
		return nil, fmt.Errorf("listing %s: %v", path, err)
	}
	return entries, nil
}

func openChecked(path string) (io.ReadCloser, error) {
	if _, err := os.Stat(path); err != nil {
		switch {
		case os.IsNotExist(err):
			return nil, fmt.Errorf("no file at %s", path)
		default:
			return nil, err
		}
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	return f, nil
}

// os.Lstat asks about the link itself, and a read follows one: a path swapped for a link in between reads what the
// check meant to keep out.
func listUnlessLink(path string) ([]os.FileInfo, error) {
	info, err := os.Lstat(path)
	if err != nil || info.Mode()&os.ModeSymlink != 0 {
		return nil, err
	}
	entries, err := ioutil.ReadDir(path) // Noncompliant [TOCTOU004] {{os.Lstat checks path at line 46 and ioutil.ReadDir uses it at line 50; the path can appear, vanish or be swapped in between}}
	if err != nil {
		return nil, err
	}
	return entries, nil
}

// The size the stat saw sizes the buffer the read fills: a file that grew in between is cut short.
func readSized(path string) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil || info.Size() > 1<<20 {
		return nil, err
	}
	f, err := os.Open(path) // Noncompliant [TOCTOU004] {{os.Stat checks path at line 59 and os.Open uses it at line 63; the path can appear, vanish or be swapped in between}}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	buf := make([]byte, info.Size())
	_, err = io.ReadFull(f, buf)
	return buf, err
}

// A read whose error is dropped: the function goes on as if the file had been read.
func readOrEmpty(path string) []byte {
	if _, err := os.Stat(path); err != nil {
		return nil
	}
	data, _ := ioutil.ReadFile(path) // Noncompliant [TOCTOU004] {{os.Stat checks path at line 75 and ioutil.ReadFile uses it at line 78; the path can appear, vanish or be swapped in between}}
	return data
}
