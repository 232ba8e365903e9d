// https://github.com/ipfs/go-mfs/issues/44
// File.Open copied fi.node under nodeLock, released it, and only afterwards took desclock
// (the per-file descriptor lock). A writer that opened, modified and flushed the file in
// that gap made this descriptor start from a stale node, so its own flush later clobbered
// the other update. Fix: take desclock first and read the node while holding it.
package mfs

import "sync"

type dagNode struct {
	data []byte
}

type dagModifier struct {
	base *dagNode
	buf  []byte
}

func newDagModifier(n *dagNode) *dagModifier {
	return &dagModifier{base: n, buf: append([]byte(nil), n.data...)}
}

// File coordinates the descriptors opened on one MFS file.
type File struct {
	desclock sync.RWMutex
	nodeLock sync.RWMutex
	node     *dagNode
}

type fileDescriptor struct {
	file  *File
	write bool
	mod   *dagModifier
}

// GetNode returns the root node of the file.
func (fi *File) GetNode() *dagNode {
	fi.nodeLock.RLock()
	defer fi.nodeLock.RUnlock()
	return fi.node
}

// Open returns a descriptor; desclock stays held until Close.
func (fi *File) Open(write bool) *fileDescriptor {
	node := fi.GetNode()
	if write {
		fi.desclock.Lock()
	} else {
		fi.desclock.RLock()
	}
	return &fileDescriptor{file: fi, write: write, mod: newDagModifier(node)} // Noncompliant
}

func (fd *fileDescriptor) Write(p []byte) {
	fd.mod.buf = append(fd.mod.buf, p...)
}

// Close flushes the modified node back into the file and releases desclock.
func (fd *fileDescriptor) Close() {
	if !fd.write {
		fd.file.desclock.RUnlock()
		return
	}
	fd.file.nodeLock.Lock()
	fd.file.node = &dagNode{data: fd.mod.buf}
	fd.file.nodeLock.Unlock()
	fd.file.desclock.Unlock()
}

// appendFromClients mimics two `ipfs files write --append` requests served in parallel.
func appendFromClients(fi *File, chunks []string) {
	var wg sync.WaitGroup
	for _, c := range chunks {
		wg.Add(1)
		go func(c string) {
			defer wg.Done()
			fd := fi.Open(true)
			fd.Write([]byte(c))
			fd.Close()
		}(c)
	}
	wg.Wait()
}
