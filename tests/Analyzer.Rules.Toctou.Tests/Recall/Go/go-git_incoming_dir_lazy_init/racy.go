// https://github.com/go-git/go-git/pull/2131
// A DotGit is shared by all goroutines using the same repository. hasIncomingObjects lazily
// scans objects/ for a quarantine "incoming" directory, guarded only by the plain incomingChecked
// flag: every caller that still sees the flag unset rescans and writes incomingDirName and
// incomingChecked while other callers read them. Fix: run the lazy scan inside a sync.Once.
package dotgit

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
)

const objectsPath = "objects"

type DotGit struct {
	root string

	// incoming object directory information
	incomingChecked bool
	incomingDirName string

	// packHandles caches one open file per pack, guarded by packHandlesMu.
	packHandlesMu sync.Mutex
	packHandles   map[string]*os.File
}

func New(root string) *DotGit {
	return &DotGit{root: root}
}

func (d *DotGit) objectPath(hash string) string {
	return filepath.Join(d.root, objectsPath, hash[0:2], hash[2:])
}

func (d *DotGit) incomingObjectPath(hash string) string {
	if d.incomingDirName == "" {
		return d.objectPath(hash)
	}
	return filepath.Join(d.root, objectsPath, d.incomingDirName, hash[0:2], hash[2:])
}

// hasIncomingObjects searches for an incoming directory and keeps its name
// so it doesn't have to be found each time an object is accessed.
func (d *DotGit) hasIncomingObjects() bool {
	if !d.incomingChecked {
		directoryContents, err := os.ReadDir(filepath.Join(d.root, objectsPath))
		if err == nil {
			for _, file := range directoryContents {
				if file.IsDir() && (strings.HasPrefix(file.Name(), "tmp_objdir-incoming-") ||
					strings.HasPrefix(file.Name(), "incoming-")) {
					d.incomingDirName = file.Name()
				}
			}
		}

		d.incomingChecked = true // Noncompliant
	}

	return d.incomingDirName != ""
}

// Object returns the loose object file, falling back to the incoming directory.
func (d *DotGit) Object(hash string) (*os.File, error) {
	obj1, err1 := os.Open(d.objectPath(hash))
	if os.IsNotExist(err1) && d.hasIncomingObjects() {
		obj2, err2 := os.Open(d.incomingObjectPath(hash))
		if err2 != nil {
			return obj1, err1
		}
		return obj2, err2
	}
	return obj1, err1
}

// ObjectPack returns the cached handle of a packfile.
func (d *DotGit) ObjectPack(hash string) (*os.File, error) {
	d.packHandlesMu.Lock()
	defer d.packHandlesMu.Unlock()
	if f, ok := d.packHandles[hash]; ok {
		return f, nil
	}
	f, err := os.Open(filepath.Join(d.root, objectsPath, "pack", "pack-"+hash+".pack"))
	if err != nil {
		return nil, err
	}
	if d.packHandles == nil {
		d.packHandles = map[string]*os.File{}
	}
	d.packHandles[hash] = f
	return f, nil
}
