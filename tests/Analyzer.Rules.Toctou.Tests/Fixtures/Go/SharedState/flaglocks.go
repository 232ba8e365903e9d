package shared

import "sync"

// Segment's helpers take its lock themselves unless told the caller holds it.
type Segment struct {
	mu    sync.Mutex
	index map[string]int
	cache map[int]int
}

// readIndex loads the index, under s.mu: hasLock says whether the caller holds it already.
func (s *Segment) readIndex(hasLock bool) {
	idx := map[string]int{}
	if !hasLock {
		s.mu.Lock()
	}
	s.index = idx
	if !hasLock {
		s.mu.Unlock()
	}
}

// The caller's lock stays held through readIndex(true): the branches that take and let go of s.mu run together or not
// at all.
func (s *Segment) Lookup(k int) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.readIndex(true)
	if _, ok := s.cache[k]; !ok {
		s.cache[k] = k
	}
	return s.cache[k]
}

// A helper that lets go of the caller's lock when told to still does.
func (s *Segment) publish(unlock bool) {
	if unlock {
		s.mu.Unlock()
	}
}

func (s *Segment) Store(k int) {
	s.mu.Lock()
	if _, ok := s.cache[k]; !ok {
		s.publish(true)
		s.cache[k] = k // Noncompliant [TOCTOU001] {{s.cache[k] is checked at line 45 and changed at line 47 by s.cache[k], but s.mu is released before the act}}
	}
}

// MsgStore's removeMsg takes the lock itself only when told to, and always lets it go around the callback; a caller
// that holds it passes false, and removeMsg takes it again before it returns. So dropOldest, which calls it with false,
// still holds the lock after the call: its test and change of s.first are covered.
type MsgStore struct {
	mu       sync.Mutex
	msgs     map[uint64][]byte
	first    uint64
	bytes    int
	onRemove func(uint64)
}

func (s *MsgStore) removeMsg(seq uint64, needLock bool) {
	lock := func() {
		if needLock {
			s.mu.Lock()
		}
	}
	lock()
	s.bytes -= len(s.msgs[seq])
	delete(s.msgs, seq)
	cb := s.onRemove
	s.mu.Unlock()
	if cb != nil {
		cb(seq)
	}
	if !needLock {
		s.mu.Lock()
	}
}

// dropOldest drops the n oldest messages. Lock should be held.
func (s *MsgStore) dropOldest(n int) {
	for i := 0; i < n; i++ {
		s.removeMsg(s.first, false)
		if s.first < 10 {
			s.first++
		}
	}
}

func (s *MsgStore) Store(seq uint64, m []byte) {
	s.mu.Lock()
	s.msgs[seq] = m
	s.bytes += len(m)
	s.dropOldest(2)
	s.mu.Unlock()
}

func (s *MsgStore) Remove(seq uint64) {
	s.removeMsg(seq, true)
}

func StartMsgStore(s *MsgStore) {
	go s.Store(1, nil)
}
