// https://github.com/ipfs/go-mfs/issues/44
// Fixed version (as in go-mfs file.go after the fix): Open locks desclock before it
// reads the node, so no other writer can flush a new node between the read and the
// creation of the descriptor.
package mfs

import "sync"

type mfsNode struct {
	data []byte
}

type nodeEditor struct {
	base *mfsNode
	buf  []byte
}

func newNodeEditor(n *mfsNode) *nodeEditor {
	return &nodeEditor{base: n, buf: append([]byte(nil), n.data...)}
}

// SafeFile coordinates the descriptors opened on one MFS file.
type SafeFile struct {
	desclock sync.RWMutex
	nodeLock sync.RWMutex
	node     *mfsNode
}

type safeDescriptor struct {
	file  *SafeFile
	write bool
	edit  *nodeEditor
}

// CurrentNode returns the root node of the file.
func (fi *SafeFile) CurrentNode() *mfsNode {
	fi.nodeLock.RLock()
	defer fi.nodeLock.RUnlock()
	return fi.node
}

// OpenLocked returns a descriptor; desclock stays held until Release.
func (fi *SafeFile) OpenLocked(write bool) *safeDescriptor {
	if write {
		fi.desclock.Lock()
	} else {
		fi.desclock.RLock()
	}
	node := fi.CurrentNode()
	return &safeDescriptor{file: fi, write: write, edit: newNodeEditor(node)}
}

func (fd *safeDescriptor) Append(p []byte) {
	fd.edit.buf = append(fd.edit.buf, p...)
}

// Release flushes the modified node back into the file and releases desclock.
func (fd *safeDescriptor) Release() {
	if !fd.write {
		fd.file.desclock.RUnlock()
		return
	}
	fd.file.nodeLock.Lock()
	fd.file.node = &mfsNode{data: fd.edit.buf}
	fd.file.nodeLock.Unlock()
	fd.file.desclock.Unlock()
}

func appendFromClientsSafely(fi *SafeFile, chunks []string) {
	var wg sync.WaitGroup
	for _, c := range chunks {
		wg.Add(1)
		go func(c string) {
			defer wg.Done()
			fd := fi.OpenLocked(true)
			fd.Append([]byte(c))
			fd.Release()
		}(c)
	}
	wg.Wait()
}
