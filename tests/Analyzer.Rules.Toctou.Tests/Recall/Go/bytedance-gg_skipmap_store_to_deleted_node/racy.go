// https://github.com/bytedance/gg/pull/37
// skipmap.Store finds an existing node for the key, checks that it is fully linked and not
// marked for deletion, and then stores the new value into it without taking the node lock.
// A concurrent Delete/LoadAndDelete (which locks the node, marks it and unlinks it) can run in
// between, so the value is written into a node that is no longer reachable: a lost write.
// Fix: lock the found node and re-check the marked flag before storing the value.
// (Reduced here to a single-level lazy list; the locking protocol is the same.)
package skipmap

import (
	"sync"
	"sync/atomic"
)

type node struct {
	key         int
	value       atomic.Pointer[string]
	marked      atomic.Bool
	fullyLinked atomic.Bool
	next        atomic.Pointer[node]
	mu          sync.Mutex
}

type Map struct {
	header *node
	length int64
}

func New() *Map { return &Map{header: &node{}} }

// findNode returns the predecessor and, if present, the node holding key.
func (s *Map) findNode(key int) (pred, found *node) {
	pred = s.header
	for n := pred.next.Load(); n != nil && n.key <= key; n = n.next.Load() {
		if n.key == key {
			return pred, n
		}
		pred = n
	}
	return pred, nil
}

func (s *Map) Store(key int, value string) {
	for {
		pred, nodeFound := s.findNode(key)
		if nodeFound != nil {
			if !nodeFound.fullyLinked.Load() || nodeFound.marked.Load() {
				continue
			}
			nodeFound.value.Store(&value) // Noncompliant
			return
		}
		pred.mu.Lock()
		succ := pred.next.Load()
		if pred.marked.Load() || (succ != nil && succ.key <= key) {
			pred.mu.Unlock()
			continue
		}
		nn := &node{key: key}
		nn.value.Store(&value)
		nn.next.Store(succ)
		pred.next.Store(nn)
		nn.fullyLinked.Store(true)
		pred.mu.Unlock()
		atomic.AddInt64(&s.length, 1)
		return
	}
}

func (s *Map) LoadAndDelete(key int) (string, bool) {
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
