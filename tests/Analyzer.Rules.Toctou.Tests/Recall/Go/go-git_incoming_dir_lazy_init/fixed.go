// https://github.com/go-git/go-git/pull/2131
// Fixed version: the lazy scan for the incoming directory runs inside incomingOnce.Do, which
// runs it exactly once and gives every caller a happens-before edge to incomingDirName.
package dotgit

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
)

const objectsDir = "objects"

type OnceDotGit struct {
	root string

	// incomingDirName is written exactly once inside incomingOnce.Do.
	incomingOnce    sync.Once
	incomingDirName string

	packHandlesMu sync.Mutex
	packHandles   map[string]*os.File
}

func NewOnceDotGit(root string) *OnceDotGit {
	return &OnceDotGit{root: root}
}

func (d *OnceDotGit) looseObjectPath(hash string) string {
	return filepath.Join(d.root, objectsDir, hash[0:2], hash[2:])
}

func (d *OnceDotGit) quarantinedObjectPath(hash string) string {
	if d.incomingDirName == "" {
		return d.looseObjectPath(hash)
	}
	return filepath.Join(d.root, objectsDir, d.incomingDirName, hash[0:2], hash[2:])
}

func (d *OnceDotGit) hasIncoming() bool {
	d.incomingOnce.Do(func() {
		directoryContents, err := os.ReadDir(filepath.Join(d.root, objectsDir))
		if err == nil {
			for _, file := range directoryContents {
				if file.IsDir() && (strings.HasPrefix(file.Name(), "tmp_objdir-incoming-") ||
					strings.HasPrefix(file.Name(), "incoming-")) {
					d.incomingDirName = file.Name()
				}
			}
		}
	})

	return d.incomingDirName != ""
}

func (d *OnceDotGit) OpenObject(hash string) (*os.File, error) {
	obj1, err1 := os.Open(d.looseObjectPath(hash))
	if os.IsNotExist(err1) && d.hasIncoming() {
		obj2, err2 := os.Open(d.quarantinedObjectPath(hash))
		if err2 != nil {
			return obj1, err1
		}
		return obj2, err2
	}
	return obj1, err1
}

func (d *OnceDotGit) OpenPack(hash string) (*os.File, error) {
	d.packHandlesMu.Lock()
	defer d.packHandlesMu.Unlock()
	if f, ok := d.packHandles[hash]; ok {
		return f, nil
	}
	f, err := os.Open(filepath.Join(d.root, objectsDir, "pack", "pack-"+hash+".pack"))
	if err != nil {
		return nil, err
	}
	if d.packHandles == nil {
		d.packHandles = map[string]*os.File{}
	}
	d.packHandles[hash] = f
	return f, nil
}
