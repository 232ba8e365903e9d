// https://github.com/bytedance/gg/pull/37
package skipmap

import (
	"sync"
	"sync/atomic"
)

type lockedNode struct {
	key         int
	value       atomic.Pointer[string]
	marked      atomic.Bool
	fullyLinked atomic.Bool
	next        atomic.Pointer[lockedNode]
	mu          sync.Mutex
}

type LockedMap struct {
	header *lockedNode
	length int64
}

func NewLocked() *LockedMap { return &LockedMap{header: &lockedNode{}} }

func (s *LockedMap) findNode(key int) (pred, found *lockedNode) {
	pred = s.header
	for n := pred.next.Load(); n != nil && n.key <= key; n = n.next.Load() {
		if n.key == key {
			return pred, n
		}
		pred = n
	}
	return pred, nil
}

func (s *LockedMap) Store(key int, value string) {
	for {
		pred, nodeFound := s.findNode(key)
		if nodeFound != nil {
			if !nodeFound.fullyLinked.Load() || nodeFound.marked.Load() {
				continue
			}
			// Lock the node so a delete cannot mark and unlink it meanwhile.
			nodeFound.mu.Lock()
			if nodeFound.marked.Load() {
				nodeFound.mu.Unlock()
				continue
			}
			nodeFound.value.Store(&value)
			nodeFound.mu.Unlock()
			return
		}
		pred.mu.Lock()
		succ := pred.next.Load()
		if pred.marked.Load() || (succ != nil && succ.key <= key) {
			pred.mu.Unlock()
			continue
		}
		nn := &lockedNode{key: key}
		nn.value.Store(&value)
		nn.next.Store(succ)
		pred.next.Store(nn)
		nn.fullyLinked.Store(true)
		pred.mu.Unlock()
		atomic.AddInt64(&s.length, 1)
		return
	}
}

func (s *LockedMap) LoadAndDelete(key int) (string, bool) {
	for {
		pred, nodeToDelete := s.findNode(key)
		if nodeToDelete == nil || !nodeToDelete.fullyLinked.Load() {
			return "", false
		}
		nodeToDelete.mu.Lock()
		if nodeToDelete.marked.Load() {
			nodeToDelete.mu.Unlock()
			return "", false
		}
		pred.mu.Lock()
		if pred.marked.Load() || pred.next.Load() != nodeToDelete {
			pred.mu.Unlock()
			nodeToDelete.mu.Unlock()
			continue
		}
		nodeToDelete.marked.Store(true)
		pred.next.Store(nodeToDelete.next.Load())
		pred.mu.Unlock()
		nodeToDelete.mu.Unlock()
		atomic.AddInt64(&s.length, -1)
		return *nodeToDelete.value.Load(), true
	}
}
