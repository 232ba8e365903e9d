package writesbeforeretake

import "sync"

// removeFirst changes the count while it still holds mu, and only then lets it go for the callback and takes it again:
// enforceLimit's check and the change are under one hold, and its loop tests the count again after each retake.
type limitStore struct {
	mu    sync.Mutex
	msgs  uint64
	limit uint64
	first uint64
	scb   func(int64)
}

// enforceLimit drops the first messages while there are too many.
// Lock should be held.
func (ms *limitStore) enforceLimit() {
	if ms.limit <= 0 || ms.msgs <= ms.limit {
		return
	}
	for n := ms.msgs; n > ms.limit; n = ms.msgs {
		ms.dropFirst()
	}
}

func (ms *limitStore) dropFirst() bool {
	return ms.removeFirst(ms.first)
}

func (ms *limitStore) removeFirst(seq uint64) bool {
	ms.msgs--
	ms.first = seq + 1
	if ms.scb != nil {
		cb := ms.scb
		ms.mu.Unlock()
		cb(-1)
		ms.mu.Lock()
	}
	return true
}

func (ms *limitStore) Store() {
	ms.mu.Lock()
	ms.msgs++
	ms.enforceLimit()
	ms.mu.Unlock()
}

// notifyThenDrop lets mu go for the callback before it changes the count: trim's check can go stale in between.
type callbackStore struct {
	mu   sync.Mutex
	msgs uint64
	scb  func(int64)
}

// trim drops one message when there are any.
// Lock should be held.
func (cs *callbackStore) trim() {
	if cs.msgs > 0 { // Secondary [check]
		cs.notifyThenDrop() // Noncompliant [TOCTOU001] {{cs.msgs is checked at line 59 and changed at line 60 by cs.notifyThenDrop(), and cs.mu is released and re-taken at line 60, inside notifyThenDrop() in between}}
	}
}

func (cs *callbackStore) notifyThenDrop() {
	cb := cs.scb
	cs.mu.Unlock()
	cb(-1)
	cs.mu.Lock()
	cs.msgs--
}

func (cs *callbackStore) Store() {
	cs.mu.Lock()
	cs.msgs++
	cs.trim()
	cs.mu.Unlock()
}
