package documentedpairs

import "sync"

// removeBlock's callers agree only on the block's lock, which it lets go before it calls newBlock; its documentation
// says they hold the store's lock too, as Truncate does and removeAt does through a closure: newBlock runs under the
// store's lock on every call.
type blockStore struct {
	mu     sync.Mutex
	last   *block
	blocks []*block
}

type block struct {
	mu sync.Mutex
	n  int
}

// newBlock makes the block to write to.
// Lock should be held.
func (s *blockStore) newBlock() {
	if s.last == nil || s.last.n > 10 {
		s.addBlock(&block{})
	}
}

func (s *blockStore) addBlock(b *block) {
	s.blocks = append(s.blocks, b)
	s.last = b
}

// removeBlock drops a block.
// Both locks should be held.
func (s *blockStore) removeBlock(b *block) {
	if b == s.last {
		b.mu.Unlock()
		s.newBlock()
		b.mu.Lock()
	}
}

func (s *blockStore) removeAt(b *block, needLock bool) {
	lock := func() {
		if needLock {
			s.mu.Lock()
		}
	}
	unlock := func() {
		if needLock {
			s.mu.Unlock()
		}
	}
	lock()
	b.mu.Lock()
	s.removeBlock(b)
	b.mu.Unlock()
	unlock()
}

func (s *blockStore) Remove(b *block) {
	s.removeAt(b, true)
}

func (s *blockStore) Truncate(b *block) {
	s.mu.Lock()
	b.mu.Lock()
	s.removeBlock(b)
	b.mu.Unlock()
	s.mu.Unlock()
}

func (s *blockStore) Write() {
	s.mu.Lock()
	s.newBlock()
	s.mu.Unlock()
}
