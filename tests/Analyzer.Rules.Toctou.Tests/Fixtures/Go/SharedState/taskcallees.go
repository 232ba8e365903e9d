package taskcallees

import "sync"

// Only the goroutine newSweeper starts runs sweep, and through it retry: the other call of a method named sweep is
// made on a field of another type (e.info.sweep()), which is that type's own method.
type cacheInfo struct{ size int }

func (i *cacheInfo) sweep() { i.size = 0 }

type cacheEntry struct{ info cacheInfo }

func (e *cacheEntry) remove() { e.info.sweep() }

type sweeper struct {
	mu   sync.Mutex
	errs map[string]error
	kick chan struct{}
}

func newSweeper() *sweeper {
	s := &sweeper{errs: map[string]error{}, kick: make(chan struct{})}
	go s.loop()
	return s
}

func (s *sweeper) loop() {
	for range s.kick {
		s.sweep()
	}
}

func (s *sweeper) sweep() {
	s.purge()
	s.retry()
}

func (s *sweeper) purge() {
	s.mu.Lock()
	s.errs["x"] = nil
	s.mu.Unlock()
}

func (s *sweeper) retry() {
	if len(s.errs) != 0 {
		for k := range s.errs {
			delete(s.errs, k)
		}
	}
}

func (s *sweeper) Stats() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.errs)
}
