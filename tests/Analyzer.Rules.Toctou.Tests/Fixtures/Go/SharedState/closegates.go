package closegates

import (
	"errors"
	"sync"
	"sync/atomic"
)

var errClosed = errors.New("closed")

type journalFile struct {
	buf []byte
}

func (f *journalFile) Close() error {
	f.buf = nil
	return nil
}

// Close runs once per store: the compare-and-set at its top lets one caller through, and nothing sets the word back,
// so no other run of Close can empty the journal between its test and its use.
type journalStore struct {
	closed  uint32
	mu      sync.Mutex
	journal *journalFile
	pending int
}

func (s *journalStore) setClosed() bool {
	return atomic.CompareAndSwapUint32(&s.closed, 0, 1)
}

func (s *journalStore) rotate() {
	s.mu.Lock()
	s.journal = &journalFile{}
	s.mu.Unlock()
}

func (s *journalStore) Write(b []byte) {
	s.mu.Lock()
	s.pending += len(b)
	s.mu.Unlock()
}

func (s *journalStore) flushLoop() {
	for {
		s.mu.Lock()
		s.pending = 0
		s.mu.Unlock()
		if atomic.LoadUint32(&s.closed) == 1 {
			return
		}
	}
}

func openJournalStore() *journalStore {
	s := &journalStore{journal: &journalFile{}}
	go s.flushLoop()
	return s
}

func (s *journalStore) Close() error {
	if !s.setClosed() {
		return errClosed
	}
	if s.journal != nil {
		s.journal.Close()
		s.journal = nil
	}
	return nil
}

// Reopen sets the word back: a second Close can run and empty the journal between another's test and its use.
type reopenedStore struct {
	closed  uint32
	mu      sync.Mutex
	journal *journalFile
	pending int
}

func (s *reopenedStore) rotate() {
	s.mu.Lock()
	s.journal = &journalFile{}
	s.mu.Unlock()
}

func (s *reopenedStore) Write(b []byte) {
	s.mu.Lock()
	s.pending += len(b)
	s.mu.Unlock()
}

func (s *reopenedStore) Reopen() {
	s.journal = &journalFile{}
	atomic.StoreUint32(&s.closed, 0)
}

func (s *reopenedStore) flushLoop() {
	for {
		s.mu.Lock()
		s.pending = 0
		s.mu.Unlock()
		if atomic.LoadUint32(&s.closed) == 1 {
			return
		}
	}
}

func openReopenedStore() *reopenedStore {
	s := &reopenedStore{journal: &journalFile{}}
	go s.flushLoop()
	return s
}

func (s *reopenedStore) Close() error {
	if !atomic.CompareAndSwapUint32(&s.closed, 0, 1) {
		return errClosed
	}
	if s.journal != nil { // Secondary [check]
		s.journal.Close() // Noncompliant [TOCTOU001] {{s.journal is checked at line 119 and used at line 120 by s.journal.Close(), which reads it again, while another run of reopenedStore.Close empties it at line 121, with no lock held at either point}}
		s.journal = nil
	}
	return nil
}
