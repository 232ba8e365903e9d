package filesystem

import (
	"os"
	"sync"
)

// A spool whose files only its own methods touch, each under mu.
type Spool struct {
	mu  sync.Mutex
	dir string
}

// The lock is held from the Stat to the Remove: no other goroutine of the program can change the file in between.
func (s *Spool) Drop(name string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	path := s.dir + "/" + name
	if _, err := os.Stat(path); err == nil {
		return os.Remove(path)
	}
	return nil
}

// The lock is dropped between the Stat and the Remove.
func (s *Spool) DropLater(name string) error {
	path := s.dir + "/" + name
	s.mu.Lock()
	_, err := os.Stat(path) // Secondary [check]
	s.mu.Unlock()
	if err == nil {
		return os.Remove(path) // Noncompliant [TOCTOU004] {{os.Stat checks path at line 29 and os.Remove uses it at line 32; the path can appear, vanish or be swapped in between}}
	}
	return nil
}
